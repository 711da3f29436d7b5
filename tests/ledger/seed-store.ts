// A small real store in a temp folder: one plan of three tasks over three units, one completion report.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type OpenedStore } from '../../src/store/index.ts';
import type { Assignment, StoredPlan, StoredTask } from '../../src/store/schema.ts';
import type { Deadline } from '../../src/plan/types.ts';

export const ADMIN = { actor: 'admin1', channel: 'cli' as const, msgId: null };

function task(id: string, number: number, requirement: string, units: string[], deadline: Deadline, deadlineText: string | null): StoredTask {
  return {
    id, number, no: String(number), category: ['一、政务公开', '（一）重点领域'], requirement,
    unitsText: units.join('、'), units: units.map((name) => ({ name, role: 'member', group: false })),
    deadlineText, deadline, where: `第${number}行`,
  };
}

export const PLAN: StoredPlan = {
  id: 'P1', title: '2026年政务公开工作要点', year: 2026, sourceName: 'plan.txt', sourceHash: 'x', importedAt: '2026-01-05T00:00:00.000Z',
  status: 'active', warnings: [],
  tasks: [
    task('T1', 1, '公开年度财政预算决算信息', ['县财政局', '县卫生健康局'], { kind: 'date', date: '2026-06-30' }, '2026年6月底前'),
    task('T2', 2, '做好政策解读工作', ['县司法局'], { kind: 'ongoing' }, '长期坚持'),
    task('T3', 3, '更新政府信息公开指南', ['县财政局'], { kind: 'date', date: '2026-12-31' }, '年底前'),
  ],
};

export function assignmentsOf(plan: StoredPlan): Assignment[] {
  return plan.tasks.flatMap((t) =>
    t.units.map((u) => ({ id: `${plan.id}/${t.id}/${u.name}`, planId: plan.id, taskId: t.id, unit: u.name, role: u.role, deadline: t.deadline })),
  );
}

export async function seededStore(): Promise<OpenedStore> {
  const store = await openStore(await mkdtemp(join(tmpdir(), 'duban-ledger-')));
  await store.updateDirectory(ADMIN, (d) => {
    d.units.push(
      { name: '县财政局', kind: '部门', aliases: ['财政局'] },
      { name: '县卫生健康局', kind: '部门', aliases: ['县卫健局', '卫健局'] },
      { name: '县司法局', kind: '部门', aliases: ['司法局'] },
      { name: '县教育和体育局', kind: '部门', aliases: ['县教体局'] },
    );
    return [{ action: 'seed', before: null, after: null }];
  });
  await store.updatePlans(ADMIN, (d) => {
    d.plans.push(PLAN);
    d.assignments.push(...assignmentsOf(PLAN));
    d.nextTaskNumber = 4;
    return [{ action: 'seed', before: null, after: null }];
  });
  await store.updateState(ADMIN, (s) => {
    s.reports.push(
      { assignmentId: 'P1/T1/县财政局', status: 'done', evidence: 'https://gov.example/a', reportedBy: 'liaison-cz', reportedAt: '2026-03-01T02:00:00.000Z' },
      { assignmentId: 'P1/T3/县财政局', status: 'done', evidence: null, reportedBy: 'liaison-cz', reportedAt: '2026-03-02T02:00:00.000Z' },
    );
    return [{ action: 'seed', before: null, after: null }];
  });
  return store;
}
