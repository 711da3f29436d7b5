// Done counts stepped from the reports a write changed must always equal a fresh count over every
// report: a store's history of reports, returns, re-reports and odd edits, checked version by version.
import { describe, expect, it } from 'vitest';
import { agendaOf } from '../../src/progress/agenda.ts';
import { doneTally, fullCountsMade, unitDoneCount, unitStamp, type DoneTally } from '../../src/progress/done-tally.ts';
import { progressOf, unitWork } from '../../src/progress/progress.ts';
import { reportIndex } from '../../src/progress/status.ts';
import { deepFreeze } from '../../src/store/freeze.ts';
import { freezeChanges, workingCopy } from '../../src/store/working-copy.ts';
import type { PlansData, Report, StateData } from '../../src/store/schema.ts';
import { ARCHIVED_PLAN, LONG_PLAN, MAIN_PLAN, assignmentsOf } from '../bot/conversation-store.ts';

const TODAY = '2026-11-26';
const plans: PlansData = deepFreeze({
  version: 1,
  plans: [ARCHIVED_PLAN, MAIN_PLAN, LONG_PLAN],
  assignments: [ARCHIVED_PLAN, MAIN_PLAN, LONG_PLAN].flatMap(assignmentsOf),
  nextTaskNumber: 241,
});
const ids = plans.assignments.map((a) => a.id);
const report = (assignmentId: string, status: Report['status']): Report => ({ assignmentId, status, evidence: null, reportedBy: 'u', reportedAt: '2026-11-20T00:00:00Z' });

/** What a rescan says: one latest report per assignment, done ones counted per unit. */
function rescan(reports: readonly Report[]): DoneTally {
  const agenda = agendaOf(plans, TODAY);
  const latest = new Map(reports.map((r) => [r.assignmentId, r]));
  const done = new Map<string, number>();
  const lateDone = new Map<string, number>();
  let doneTotal = 0;
  let lateDoneTotal = 0;
  for (const r of latest.values()) {
    const s = agenda.byId.get(r.assignmentId);
    if (r.status !== 'done' || !s) continue;
    done.set(s.assignment.unit, (done.get(s.assignment.unit) ?? 0) + 1);
    doneTotal++;
    if (s.late) (lateDone.set(s.assignment.unit, (lateDone.get(s.assignment.unit) ?? 0) + 1), lateDoneTotal++);
  }
  return { done, lateDone, doneTotal, lateDoneTotal };
}

const nonZero = (m: ReadonlyMap<string, number>) => new Map([...m].filter(([, n]) => n !== 0));
const figures = (t: DoneTally) => ({ done: nonZero(t.done), lateDone: nonZero(t.lateDone), doneTotal: t.doneTotal, lateDoneTotal: t.lateDoneTotal });

describe('done tally', () => {
  it('matches a rescan after every write of a long random history, including returns, re-reports and removals', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    let reports: readonly Report[] = deepFreeze([]);
    const agenda = agendaOf(plans, TODAY);
    for (let step = 0; step < 400; step++) {
      const next = [...reports];
      const id = ids[random(ids.length)]!;
      const at = next.findIndex((r) => r.assignmentId === id);
      const kind = random(10);
      if (kind < 6) {
        if (at < 0) next.push(report(id, 'done'));
        else next[at] = report(id, 'done');
      } else if (kind < 8 && at >= 0) next[at] = report(id, 'returned');
      else if (kind === 8 && next.length) next.splice(random(next.length), 1);
      else next.push(report(id, random(2) ? 'done' : 'returned')); // a duplicate now and then
      // A working copy is counted before it is frozen, as the report command does inside a write.
      expect(figures(doneTally(agenda, next))).toEqual(figures(rescan(next)));
      for (const unit of ['县司法局', '县财政局']) expect(unitDoneCount(agenda, reports, next, unit)).toBe(rescan(next).done.get(unit) ?? 0);
      reports = deepFreeze(next);
      expect(figures(doneTally(agenda, reports))).toEqual(figures(rescan(reports)));
    }
  });

  it('matches a rescan when it catches up through the writes the store recorded, several at a time', () => {
    let seed = 11;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const empty: StateData = deepFreeze({ version: 1, reports: [], bindings: [], leaders: [], processed: [], runs: [] });
    let state = empty;
    // What queries read: it lags behind the data writes start from by the writes still in flight.
    let committed = empty;
    const agenda = agendaOf(plans, TODAY);
    for (let step = 0; step < 400; step++) {
      // One store write: a working copy of the latest data, a change, the commit's freeze (which records the lineage).
      const working = workingCopy(state);
      // Few assignments, so that reports meet earlier ones often.
      const id = ids[random(40)]!;
      const at = working.reports.findIndex((r) => r.assignmentId === id);
      const kind = random(10);
      if (kind < 6) {
        if (at < 0) working.reports.push(report(id, 'done'));
        else working.reports[at] = report(id, 'done');
      } else if (kind < 8 && at >= 0) working.reports[at] = report(id, 'returned');
      else if (kind === 8 && working.reports.length) working.reports.splice(random(working.reports.length), 1);
      else working.reports.push(report(id, random(2) ? 'done' : 'returned')); // a duplicate now and then
      const base = state;
      state = freezeChanges(working, base);
      // As the report command counts inside a write: from the data the write started from.
      for (const unit of ['县司法局', '县财政局']) expect(unitDoneCount(agenda, committed.reports, base.reports, unit)).toBe(rescan(base.reports).done.get(unit) ?? 0);
      // Writes reach the disk now and then, and readers look now and then, so the count and the index
      // catch up by several writes at once.
      if (random(2) === 0) committed = base;
      if (random(3) === 0) {
        expect(figures(doneTally(agenda, state.reports))).toEqual(figures(rescan(state.reports)));
        expect(new Map(reportIndex(state))).toEqual(new Map(state.reports.map((r) => [r.assignmentId, r])));
      }
    }
  });

  it('counts a run of reports with no query in between from the committed data, not by recounting every report', () => {
    const agenda = agendaOf(plans, TODAY);
    const empty: StateData = deepFreeze({ version: 1, reports: [], bindings: [], leaders: [], processed: [], runs: [] });
    const open = ids.filter((id) => agenda.byId.has(id));
    let state = empty;
    let committed = empty;
    const before = fullCountsMade();
    for (const id of open) {
      const working = workingCopy(state);
      working.reports.push(report(id, 'done'));
      const base = state;
      state = freezeChanges(working, base);
      const unit = agenda.byId.get(id)!.assignment.unit;
      expect(unitDoneCount(agenda, committed.reports, base.reports, unit)).toBe(rescan(base.reports).done.get(unit) ?? 0);
      // The write before this one is on disk by now; this one is still on its way.
      committed = base;
    }
    expect(open.length).toBeGreaterThan(20);
    // One count to start from; every later report steps it by the writes since.
    expect(fullCountsMade() - before).toBeLessThanOrEqual(1);
  });

  it('recounts when a write appends a second report for an assignment that already had one', () => {
    const agenda = agendaOf(plans, TODAY);
    const empty: StateData = deepFreeze({ version: 1, reports: [], bindings: [], leaders: [], processed: [], runs: [] });
    const write = (base: StateData, change: (d: StateData) => void) => {
      const working = workingCopy(base);
      change(working);
      return freezeChanges(working, base);
    };
    const [a, b, c] = ids.filter((id) => agenda.byId.has(id));
    let state = write(empty, (d) => d.reports.push(report(a!, 'done'), report(b!, 'done'), report(c!, 'done')));
    expect(doneTally(agenda, state.reports).doneTotal).toBe(3);
    state = write(state, (d) => d.reports.push(report(a!, 'returned')));
    expect(figures(doneTally(agenda, state.reports))).toEqual(figures(rescan(state.reports)));
    expect(doneTally(agenda, state.reports).doneTotal).toBe(2);
  });

  it('gives a unit the same counts and open list through progress and the unit list', () => {
    const reports = deepFreeze([report('P1/T4/县司法局', 'done'), report('P1/T1/县司法局', 'returned')]);
    const state: StateData = deepFreeze({ version: 1, reports, bindings: [], leaders: [], processed: [], runs: [] });
    const work = unitWork({ plans, state }, '县司法局', TODAY, 2);
    const unit = progressOf({ plans, state }, TODAY).units.find((u) => u.unit === '县司法局')!;
    expect(work.counts).toEqual({ total: unit.total, done: unit.done, overdue: unit.overdue, rate: unit.rate });
    expect(work.counts.done).toBe(1);
    expect(work.open).toHaveLength(2);
    expect(work.open.map((v) => v.assignment.id)).not.toContain('P1/T4/县司法局');
  });

  it('keeps a unit’s stamp while only other units report, and changes it when the unit’s own report does', () => {
    const agenda = agendaOf(plans, TODAY);
    const first: readonly Report[] = deepFreeze([report('P1/T4/县司法局', 'done')]);
    doneTally(agenda, first);
    const before = unitStamp(agenda, first, '县司法局');
    expect(before).not.toBeNull();
    const other = deepFreeze([...first, report('P1/T6/县卫生健康局', 'done')]);
    doneTally(agenda, other);
    expect(unitStamp(agenda, other, '县司法局')).toBe(before);
    expect(unitStamp(agenda, first, '县司法局')).toBeNull(); // an older array: nothing may be reused
    const returned = deepFreeze([report('P1/T4/县司法局', 'returned'), other[1]!]);
    doneTally(agenda, returned);
    expect(unitStamp(agenda, returned, '县司法局')).not.toBe(before);
  });
});
