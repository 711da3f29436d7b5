import { describe, expect, it } from 'vitest';
import { buildReminders } from '../../src/report/reminder-figures.ts';
import { renderReminder } from '../../src/report/render-reminder.ts';
import type { Assignment } from '../../src/store/schema.ts';
import { EDUCATION, HEALTH, JUSTICE, assign, plan, samplePlans, sampleState, task } from './sample-store-data.ts';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

describe('daily deadline reminder', () => {
  const state = {
    ...sampleState(),
    bindings: [
      { userId: 'zhangsan', unit: EDUCATION, since: '2026-01-01T00:00:00Z' },
      { userId: 'lisi', unit: JUSTICE, since: '2026-01-01T00:00:00Z' },
      { userId: 'wangwu', unit: HEALTH, since: '2026-01-01T00:00:00Z' },
    ],
  };

  it('groups overdue and soon-due work by unit, most urgent first, and mentions only those units\' liaisons', () => {
    const units = buildReminders(samplePlans(), state, '2026-11-26', 7);
    expect(units.map((u) => [u.unit, u.overdue.map((i) => i.taskNumber), u.dueSoon.map((i) => i.taskNumber)])).toEqual([
      [EDUCATION, [1], []],
      [JUSTICE, [], [2]],
    ]);
    const text = renderReminder(units, '2026-11-26', 7)!;
    expect(text.content.split('\n')).toEqual([
      '【督办提醒】2026年11月26日',
      '以下任务已逾期或将在7天内到期，请抓紧办理；完成后在群里@我回复「完成 任务号」。',
      `${EDUCATION}：逾期 任务1（16天）`,
      `${JUSTICE}：将到期 任务2（11月30日）`,
      '共 2 个单位 2 项。',
    ]);
    expect(text.mentioned).toEqual(['zhangsan', 'lisi']);
  });

  it('says nothing when nothing is due', () => {
    expect(renderReminder(buildReminders(samplePlans(), state, '2026-11-01', 3), '2026-11-01', 3)).toBeNull();
  });

  it('stays one text message within 2048 bytes however many units are late', () => {
    const tasks = Array.from({ length: 30 }, (_, i) => task(i + 1, '要求', { kind: 'date', date: '2026-11-01' }));
    const units = Array.from({ length: 120 }, (_, i) => `第${i + 1}镇人民政府`);
    const assignments: Assignment[] = tasks.flatMap((t) => units.map((u) => assign('P1', t, u)));
    const many = { version: 1 as const, plans: [plan('P1', tasks)], assignments, nextTaskNumber: 31 };
    const text = renderReminder(buildReminders(many, sampleState(), '2026-11-26', 3), '2026-11-26', 3)!;
    expect(bytes(text.content)).toBeLessThanOrEqual(2048);
    expect(text.content).toMatch(/共 120 个单位 3600 项；另有 \d+ 个单位未列出/);
    expect(text.content).toContain('等30项');
  });
});
