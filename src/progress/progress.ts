// Progress figures over store data: overall, per unit, overdue, due within N days. Plain numbers,
// no wording (render/ turns them into Chinese). The weekly summary can use the same functions.
// Whole-store figures are memoised per data version and day (memo.ts) and built on the day's agenda
// (agenda.ts), so 「进度」 on a 50,000-assignment store costs a pass over the reports, not the plans.
import { agendaOf, type Scheduled } from './agenda.ts';
import { isOverdue } from './due.ts';
import { memoByData } from './memo.ts';
import { reportIndex } from './status.ts';
import { withReports, type AssignmentView, type StoreData } from './views.ts';

export interface Counts {
  total: number;
  done: number;
  /** Not done and past a dated deadline. */
  overdue: number;
  /** done / total, 0 when there is nothing to do. */
  rate: number;
}

export interface UnitCounts extends Counts {
  unit: string;
}

export interface Progress {
  overall: Counts;
  /** Lowest completion rate first, then most overdue, then by name: who needs a push comes first. */
  units: UnitCounts[];
}

const withRate = (total: number, done: number, overdue: number): Counts => ({ total, done, overdue, rate: total ? done / total : 0 });

/** Counts for a list of views. */
export function countViews(views: readonly AssignmentView[]): Counts {
  let done = 0;
  let overdue = 0;
  for (const v of views) {
    if (v.status === 'done') done++;
    else if (isOverdue(v.due)) overdue++;
  }
  return withRate(views.length, done, overdue);
}

/** A unit's figures and its open work, most urgent first: only the first `limit` open items become
 *  views, so a unit with thousands of assignments costs a pass of map lookups. */
export function unitWork(data: StoreData, unit: string, today: string, limit = Infinity): { counts: Counts; open: AssignmentView[] } {
  const scheduled = agendaOf(data.plans, today).byUnit.get(unit) ?? [];
  const reports = reportIndex(data.state);
  const open: Scheduled[] = [];
  let done = 0;
  let late = 0;
  for (const s of scheduled) {
    if (reports.get(s.assignment.id)?.status === 'done') done++;
    else {
      if (s.late) late++;
      if (open.length < limit) open.push(s);
    }
  }
  return { counts: withRate(scheduled.length, done, late), open: withReports(data, open) };
}

/** Completion over all active plans and by unit, as of China date `today`. Costs one pass over the
 *  reports per state version: totals and lateness come from the day's agenda. */
export function progressOf(data: StoreData, today: string): Progress {
  return memoByData(data.plans, data.state, `progress:${today}`, () => {
    const agenda = agendaOf(data.plans, today);
    const tally = new Map([...agenda.unitTotals].map(([unit, t]) => [unit, { ...t, done: 0 }]));
    let late = agenda.lateTotal;
    let done = 0;
    for (const r of reportIndex(data.state).values()) {
      const s = r.status === 'done' ? agenda.byId.get(r.assignmentId) : undefined;
      if (!s) continue;
      const t = tally.get(s.assignment.unit)!;
      t.done++;
      done++;
      if (s.late) (t.late--, late--);
    }
    const units = [...tally].map(([unit, t]) => ({ unit, ...withRate(t.total, t.done, t.late) }));
    units.sort((a, b) => a.rate - b.rate || b.overdue - a.overdue || a.unit.localeCompare(b.unit, 'zh-CN'));
    return { overall: withRate(agenda.all.length, done, late), units };
  });
}

function openWhere(data: StoreData, today: string, keep: (s: Scheduled) => boolean): AssignmentView[] {
  const reports = reportIndex(data.state);
  return withReports(data, agendaOf(data.plans, today).all.filter((s) => keep(s) && reports.get(s.assignment.id)?.status !== 'done'));
}

/** Open assignments past their date, most overdue first. (Shared between callers: do not mutate.) */
export function overdueOf(data: StoreData, today: string): AssignmentView[] {
  return memoByData(data.plans, data.state, `overdue:${today}`, () => openWhere(data, today, (s) => s.late));
}

/** Open assignments due from `today` to `days` days later (inclusive), soonest first. */
export function dueWithinOf(data: StoreData, today: string, days: number): AssignmentView[] {
  return memoByData(data.plans, data.state, `due:${today}:${days}`, () =>
    openWhere(data, today, (s) => s.due.kind === 'dated' && s.due.daysLeft >= 0 && s.due.daysLeft <= days),
  );
}
