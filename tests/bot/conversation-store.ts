// The county the conversation tests talk about: a real store in a temp folder with an active plan
// (overdue, due-this-week, later, ongoing and event-relative work over four units), an archived
// plan whose task must never show, and a long plan for 县教育和体育局 to page through.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../../src/config.ts';
import type { IncomingMessage } from '../../src/bot/message.ts';
import type { Deadline } from '../../src/plan/types.ts';
import { openStore, type OpenedStore } from '../../src/store/index.ts';
import type { Assignment, StoredPlan, StoredTask } from '../../src/store/schema.ts';

/** Thursday 26 November 2026, 10:00 in China. */
export const NOW = new Date('2026-11-26T02:00:00.000Z');
export const clock = () => NOW;

export const SEED = { actor: 'test', channel: 'cli' as const, msgId: null };

function task(number: number, requirement: string, units: string[], deadline: Deadline, deadlineText: string | null): StoredTask {
  return {
    id: `T${number}`, number, no: String(number), category: ['一、深化重点领域信息公开', '（一）财政信息'], requirement,
    unitsText: units.join('、'), units: units.map((name, i) => ({ name, role: i === 0 ? 'lead' : 'member', group: false })),
    deadlineText, deadline, where: `第${number}行`,
  };
}

function plan(id: string, status: StoredPlan['status'], tasks: StoredTask[]): StoredPlan {
  return { id, title: `2026年${id}政务公开工作要点`, year: 2026, sourceName: `${id}.txt`, sourceHash: id, importedAt: '2026-01-05T00:00:00.000Z', status, tasks, warnings: [] };
}

export const MAIN_PLAN = plan('P1', 'active', [
  task(1, '公开年度财政预算决算信息，细化到功能分类项级科目和经济分类款级科目，并在规定时间内完成公开。', ['县财政局', '县司法局'], { kind: 'date', date: '2026-11-20' }, '11月20日前'),
  task(2, '做好政策解读工作', ['县司法局'], { kind: 'ongoing' }, '长期坚持'),
  task(3, '更新政府信息公开指南', ['县司法局'], { kind: 'date', date: '2026-11-28' }, '11月底前'),
  task(4, '开展行政规范性文件清理', ['县司法局'], { kind: 'date', date: '2026-12-31' }, '年底前'),
  task(5, '及时公开突发公共卫生事件信息', ['县卫生健康局'], { kind: 'relative', event: '信息形成', days: 20, workingDays: true }, '信息形成之日起20个工作日内'),
  task(6, '公开重大行政决策事项目录', ['县司法局', '县卫生健康局'], { kind: 'date', date: '2026-11-10' }, '11月10日前'),
  task(7, '公开政府债务信息', ['县财政局'], { kind: 'date', date: '2026-12-15' }, '12月15日前'),
]);

export const ARCHIVED_PLAN = plan('P0', 'archived', [task(100, '已归档的旧任务', ['县司法局'], { kind: 'date', date: '2025-12-31' }, '2025年底前')]);

export const LONG_PLAN = plan(
  'P2',
  'active',
  Array.from({ length: 40 }, (_, i) =>
    task(201 + i, `第${i + 1}项：推进教育领域基层政务公开标准化规范化建设，梳理公开事项清单并动态更新，确保信息准确完整及时`, ['县教育和体育局'], { kind: 'date', date: `2026-12-${String((i % 28) + 1).padStart(2, '0')}` }, '12月底前'),
  ),
);

export function assignmentsOf(p: StoredPlan): Assignment[] {
  return p.tasks.flatMap((t) => t.units.map((u) => ({ id: `${p.id}/${t.id}/${u.name}`, planId: p.id, taskId: t.id, unit: u.name, role: u.role, deadline: t.deadline })));
}

export async function conversationStore(dir?: string): Promise<OpenedStore> {
  const store = await openStore(dir ?? (await mkdtemp(join(tmpdir(), 'duban-conv-'))), { clock });
  if (store.plans().plans.length > 0) return store;
  await store.updateDirectory(SEED, (d) => {
    d.units.push(
      { name: '县财政局', kind: '部门', aliases: ['财政局'] },
      { name: '县卫生健康局', kind: '部门', aliases: ['县卫健局', '卫健局'] },
      { name: '县司法局', kind: '部门', aliases: ['司法局'] },
      { name: '县教育和体育局', kind: '部门', aliases: ['县教体局', '教体局'] },
      { name: '县公安局', kind: '部门', aliases: ['公安局'] },
      { name: '县审计局', kind: '部门', aliases: ['审计局'] },
    );
    return [{ action: 'seed', before: null, after: null }];
  });
  await store.updatePlans(SEED, (d) => {
    for (const p of [ARCHIVED_PLAN, MAIN_PLAN, LONG_PLAN]) {
      d.plans.push(p);
      d.assignments.push(...assignmentsOf(p));
    }
    d.nextTaskNumber = 241;
    return [{ action: 'seed', before: null, after: null }];
  });
  return store;
}

export const ADMIN = 'admin1';
export const LEADER = 'leader1';

export const testConfig: Config = {
  host: '127.0.0.1', port: 0, dataDir: '', apiBase: 'http://127.0.0.1:9', bot: null, app: null,
  admins: [ADMIN], leaders: [LEADER], webhooks: { leaders: [], liaisons: null },
  schedule: { weekly: '0 9 * * 1', reminderTime: '09:00', reminderDays: 3 }, publicBaseUrl: null,
};

let seq = 0;
/** A group message from `userId`, as the transport would hand it over. */
export function groupMessage(userId: string, text: string, messageId = `m${++seq}`, channel: IncomingMessage['channel'] = 'bot'): IncomingMessage {
  return { channel, messageId, chatId: 'group1', chatType: 'group', userId, text, replyHandle: { kind: 'none' } };
}
