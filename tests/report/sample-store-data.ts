// A small plan built for the report tests, with hand-counted figures (see weekly-figures.test.ts).
// Summary time: Monday 2026-11-23 09:00 China time.
import type { Deadline } from '../../src/plan/types.ts';
import type { Assignment, PlansData, Report, StateData, StoredPlan, StoredTask } from '../../src/store/schema.ts';

export const SUMMARY_AT = new Date('2026-11-23T01:00:00Z');
export const JUSTICE = '县司法局';
export const EDUCATION = '县教育和体育局';
export const HEALTH = '县卫生健康局';

const date = (d: string): Deadline => ({ kind: 'date', date: d });

export function task(number: number, requirement: string, deadline: Deadline): StoredTask {
  return {
    id: `T${number}`, no: String(number), number, category: ['政务公开'], requirement, unitsText: '', units: [],
    deadlineText: null, deadline, where: `第${number}行`,
  };
}

export function plan(id: string, tasks: StoredTask[], status: StoredPlan['status'] = 'active'): StoredPlan {
  return {
    id, title: '2026年政务公开工作要点', year: 2026, sourceName: 'plan.txt', sourceHash: id, importedAt: '2026-01-05T00:00:00Z',
    status, tasks, warnings: [],
  };
}

export const assign = (planId: string, t: StoredTask, unit: string): Assignment => ({
  id: `${planId}/${t.id}/${unit}`, planId, taskId: t.id, unit, role: 'member', deadline: t.deadline,
});

export const done = (assignmentId: string, reportedAt: string): Report => ({
  assignmentId, status: 'done', evidence: null, reportedBy: 'liaison', reportedAt,
});

export function samplePlans(): PlansData {
  const t1 = task(1, '公开年度重点工作任务分解情况', date('2026-11-10'));
  const t2 = task(2, '更新政府信息公开指南和目录', date('2026-11-30'));
  const t3 = task(3, '持续做好政策解读', { kind: 'ongoing' });
  const t4 = task(4, '信息形成之日起20个工作日内公开', { kind: 'relative', event: '信息形成', days: 20, workingDays: true });
  const t5 = task(5, '年底前完成年度报告', date('2026-12-31'));
  const archived = task(6, '已归档计划的任务', date('2026-01-01'));
  return {
    version: 1,
    plans: [plan('P1', [t1, t2, t3, t4, t5]), plan('P2', [archived], 'archived')],
    assignments: [
      assign('P1', t1, JUSTICE), assign('P1', t1, EDUCATION), assign('P1', t2, JUSTICE), assign('P1', t2, HEALTH),
      assign('P1', t3, EDUCATION), assign('P1', t4, HEALTH), assign('P1', t5, JUSTICE), assign('P2', archived, JUSTICE),
    ],
    nextTaskNumber: 7,
  };
}

export function sampleState(): StateData {
  return {
    version: 1,
    reports: [
      done(`P1/T1/${JUSTICE}`, '2026-11-20T02:00:00Z'),
      done(`P1/T2/${HEALTH}`, '2026-11-01T02:00:00Z'),
      done(`P1/T4/${HEALTH}`, '2026-11-21T03:00:00Z'),
      { ...done(`P1/T5/${JUSTICE}`, '2026-11-10T02:00:00Z'), status: 'returned', returnedBy: 'admin', returnedAt: '2026-11-20T02:00:00Z', returnReason: '佐证不全' },
    ],
    bindings: [],
    leaders: [],
    processed: [],
    runs: [],
  };
}
