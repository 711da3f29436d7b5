// Progress figures over plain store data: due dates by kind, urgency order, counts, overdue, due soon.
import { describe, expect, it } from 'vitest';
import { dueOf, isOverdue } from '../../src/progress/due.ts';
import { dueWithinOf, overdueOf, progressOf, unitWork } from '../../src/progress/progress.ts';
import { planIndex } from '../../src/progress/plan-index.ts';
import { recordDone, recordReturn } from '../../src/progress/reporting.ts';
import { openByUrgency, taskViews, unitViews } from '../../src/progress/views.ts';
import { deepFreeze } from '../../src/store/freeze.ts';
import { freezeChanges, workingCopy } from '../../src/store/working-copy.ts';
import type { PlansData, StateData } from '../../src/store/schema.ts';
import { ARCHIVED_PLAN, LONG_PLAN, MAIN_PLAN, assignmentsOf } from '../bot/conversation-store.ts';

const TODAY = '2026-11-26';
const plans: PlansData = {
  version: 1,
  plans: [ARCHIVED_PLAN, MAIN_PLAN, LONG_PLAN],
  assignments: [ARCHIVED_PLAN, MAIN_PLAN, LONG_PLAN].flatMap(assignmentsOf),
  nextTaskNumber: 241,
};
const emptyState = (): StateData => ({ version: 1, reports: [], bindings: [], leaders: [], processed: [], runs: [] });
const done = (assignmentId: string) => ({ assignmentId, status: 'done' as const, evidence: null, reportedBy: 'u', reportedAt: '2026-11-20T00:00:00Z' });

describe('due dates', () => {
  it('counts days left in China dates; the due day itself is not late', () => {
    expect(dueOf({ kind: 'date', date: '2026-11-26' }, TODAY)).toEqual({ kind: 'dated', date: '2026-11-26', daysLeft: 0 });
    expect(isOverdue(dueOf({ kind: 'date', date: '2026-11-25' }, TODAY))).toBe(true);
    expect(dueOf({ kind: 'periodic', every: 'quarter', due: '2026-12-31' }, TODAY)).toMatchObject({ kind: 'dated', daysLeft: 35 });
  });

  it('never makes ongoing, relative or undated work overdue', () => {
    for (const d of [{ kind: 'ongoing' }, { kind: 'relative', event: 'x', days: 20, workingDays: true }, { kind: 'none' }, { kind: 'periodic', every: 'month' }] as const) {
      expect(isOverdue(dueOf(d, TODAY))).toBe(false);
    }
  });
});

describe('views and order', () => {
  it('ignores archived plans and finds tasks by number', () => {
    expect(planIndex(plans).taskByNumber.has(100)).toBe(false);
    expect(taskViews({ plans, state: emptyState() }, 6, TODAY)?.views.map((v) => v.assignment.unit)).toEqual(['县司法局', '县卫生健康局']);
    expect(unitViews({ plans, state: emptyState() }, '县司法局', TODAY)).toHaveLength(5);
  });

  it('puts overdue first (most overdue first), then by date, undated work last, and leaves done work out', () => {
    const state = { ...emptyState(), reports: [done('P1/T4/县司法局')] };
    const order = openByUrgency(unitViews({ plans, state }, '县司法局', TODAY)).map((v) => v.task.number);
    expect(order).toEqual([6, 1, 3, 2]);
  });

  it('reuses its index while the plans object is the same', () => {
    expect(planIndex(plans)).toBe(planIndex(plans));
    expect(planIndex({ ...plans })).not.toBe(planIndex(plans));
  });
});

describe('figures', () => {
  it('counts progress overall and by unit, lowest rate first', () => {
    const state = { ...emptyState(), reports: [done('P1/T1/县财政局'), done('P1/T7/县财政局'), done('P1/T2/县司法局')] };
    const p = progressOf({ plans, state }, TODAY);
    expect(p.overall).toMatchObject({ total: 49, done: 3 });
    expect(p.units.at(-1)).toMatchObject({ unit: '县财政局', total: 2, done: 2, rate: 1 });
    expect(p.units.find((u) => u.unit === '县司法局')).toMatchObject({ total: 5, done: 1, overdue: 2 });
  });

  it('gives a unit’s counts and only the first N open items, most urgent first', () => {
    const state = { ...emptyState(), reports: [done('P1/T6/县司法局'), done('P1/T3/县司法局')] };
    const w = unitWork({ plans, state }, '县司法局', TODAY, 2);
    expect(w.counts).toMatchObject({ total: 5, done: 2, overdue: 1 });
    expect(w.open.map((v) => v.task.number)).toEqual([1, 4]);
  });

  it('lists overdue and due-within-N-days work that is still open', () => {
    const state = { ...emptyState(), reports: [done('P1/T6/县司法局')] };
    expect(overdueOf({ plans, state }, TODAY).map((v) => `${v.task.number}${v.assignment.unit}`)).toEqual(['6县卫生健康局', '1县财政局', '1县司法局']);
    expect(dueWithinOf({ plans, state }, TODAY, 3).map((v) => v.task.number)).toEqual([3]);
    expect(dueWithinOf({ plans, state }, TODAY, 6).map((v) => v.task.number)).toEqual([3, 201, 229, 202, 230]);
  });
});

describe('recording reports', () => {
  const a = plans.assignments.find((x) => x.id === 'P1/T3/县司法局')!;

  it('is idempotent, adds a missing link, and reopens on return', () => {
    const s = emptyState();
    expect(recordDone(s, a, { userId: 'u', at: 't1', evidence: null }).outcome.kind).toBe('done');
    const again = recordDone(s, a, { userId: 'u', at: 't2', evidence: null });
    expect(again).toMatchObject({ outcome: { kind: 'already', evidenceAdded: false }, changes: [] });
    expect(recordDone(s, a, { userId: 'u', at: 't3', evidence: 'https://x' }).outcome).toMatchObject({ kind: 'already', evidenceAdded: true });
    expect(s.reports).toHaveLength(1);
    const back = recordReturn(s, a, { userId: 'admin', at: 't4', reason: '材料不全' });
    expect(back.changes[0]).toMatchObject({ action: 'report.return', before: { status: 'done' }, after: { status: 'returned', returnReason: '材料不全' } });
    expect(recordReturn(s, a, { userId: 'admin', at: 't5', reason: 'x' }).outcome.kind).toBe('not-done');
    expect(recordDone(s, a, { userId: 'u', at: 't6', evidence: null }).outcome).toMatchObject({ kind: 'done', reopened: true });
  });

  it('records the same as a scan would when it finds slots from the data each write starts from', () => {
    let seed = 5;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const pool = plans.assignments;
    let withIndex: StateData = deepFreeze(emptyState());
    let scanned = emptyState();
    for (let write = 0; write < 300; write++) {
      // One write: a few reports and returns, as 「3、5、7 已完成」 and 退回 make them.
      const working = workingCopy(withIndex);
      let last: (typeof pool)[number] | undefined;
      for (let k = 1 + random(3); k > 0; k--) {
        // Now and then the same task twice in one message (「完成 3、3」).
        const a = last && random(3) === 0 ? last : pool[random(pool.length)]!;
        last = a;
        const at = `t${write}`;
        if (random(4) === 0) {
          expect(recordReturn(working, a, { userId: 'admin', at, reason: 'x' }, withIndex)).toEqual(recordReturn(scanned, a, { userId: 'admin', at, reason: 'x' }));
        } else {
          const evidence = random(2) ? null : `https://x/${write}`;
          expect(recordDone(working, a, { userId: 'u', at, evidence }, withIndex)).toEqual(recordDone(scanned, a, { userId: 'u', at, evidence }));
        }
      }
      withIndex = freezeChanges(working, withIndex);
      expect(withIndex.reports).toEqual(scanned.reports);
    }
  });

  it('acts on the latest report when a file holds two for one assignment, as every count does', () => {
    const returned = { ...done(a.id), status: 'returned' as const };
    const s: StateData = { ...emptyState(), reports: [returned, done(a.id)] };
    expect(recordDone(s, a, { userId: 'u', at: 't1', evidence: null }).outcome.kind).toBe('already');
    const back = recordReturn(s, a, { userId: 'admin', at: 't2', reason: '材料不全' });
    expect(back.outcome.kind).toBe('returned');
    expect(s.reports.map((r) => r.status)).toEqual(['returned', 'returned']);
  });
});
