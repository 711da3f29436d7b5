// Progress figures over store data: overall, per unit, overdue, due within N days. Plain numbers,
// no wording (render/ turns them into Chinese). The weekly summary can use the same functions.
// Whole-store figures are memoised per data version and day (memo.ts) and built on the day's agenda
// (agenda.ts); done counts follow the reports a write changed (done-tally.ts), so 「进度」 on a
// 50,000-assignment store costs neither a pass over the plans nor one over the reports.
import { agendaOf, type Agenda, type Scheduled } from './agenda.ts';
import { doneTally } from './done-tally.ts';
import { isOverdue } from './due.ts';
import { memoByData } from './memo.ts';
import { reportIndex } from './status.ts';
import { withReports, type AssignmentView, type StoreData } from './views.ts';
import type { Report } from '../store/schema.ts';

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

/** A unit's figures and the first of its open work, most urgent first. */
export interface UnitWork {
  counts: Counts;
  open: Scheduled[];
  /** The reports the listed items had when counted (returned work; open work has none). */
  reports: ReadonlyMap<string, Report>;
}

/** A unit's figures and its open work: the figures come from the done tally (done-tally.ts), and only
 *  the first `limit` open items are looked up. They stay scheduled items, made views (views.viewOf)
 *  when a page shows them: a list keeps 150 and most askers read the first 15. */
export function unitWork(data: StoreData, unit: string, today: string, limit = Infinity): UnitWork {
  const agenda = agendaOf(data.plans, today);
  const scheduled = agenda.byUnit.get(unit) ?? [];
  const totals = agenda.unitTotals.get(unit) ?? { total: 0, late: 0 };
  const tally = doneTally(agenda, data.state.reports);
  const done = tally.done.get(unit) ?? 0;
  const late = totals.late - (tally.lateDone.get(unit) ?? 0);
  const open: Scheduled[] = [];
  const kept = new Map<string, Report>();
  if (limit > 0 && done < totals.total) {
    const reports = reportIndex(data.state);
    for (const s of scheduled) {
      const report = reports.get(s.assignment.id);
      if (report?.status === 'done') continue;
      if (report) kept.set(s.assignment.id, report);
      if (open.push(s) >= limit) break;
    }
  }
  return { counts: withRate(totals.total, done, late), open, reports: kept };
}

// Unit names sort as the Chinese reader expects. The figures change with every report but the names
// only with the plans: rank them once per agenda, since the collator's comparisons made up most of
// re-sorting a hundred units (~50 µs).
const byChineseName = new Intl.Collator('zh-CN').compare;
const nameRanks = new WeakMap<Agenda, Map<string, number>>();

function nameRankOf(agenda: Agenda): Map<string, number> {
  let ranks = nameRanks.get(agenda);
  if (!ranks) {
    ranks = new Map([...agenda.unitTotals.keys()].sort(byChineseName).map((unit, i) => [unit, i]));
    nameRanks.set(agenda, ranks);
  }
  return ranks;
}

/** Completion over all active plans and by unit, as of China date `today`. Totals and lateness come
 *  from the day's agenda, done counts from the tally, which follows the reports as they change. */
export function progressOf(data: StoreData, today: string): Progress {
  return memoByData(data.plans, data.state, `progress:${today}`, () => {
    const agenda = agendaOf(data.plans, today);
    const tally = doneTally(agenda, data.state.reports);
    const units = [...agenda.unitTotals].map(([unit, t]) => {
      const done = tally.done.get(unit) ?? 0;
      return { unit, ...withRate(t.total, done, t.late - (tally.lateDone.get(unit) ?? 0)) };
    });
    const rank = nameRankOf(agenda);
    units.sort((a, b) => a.rate - b.rate || b.overdue - a.overdue || rank.get(a.unit)! - rank.get(b.unit)!);
    return { overall: withRate(agenda.all.length, tally.doneTotal, agenda.lateTotal - tally.lateDoneTotal), units };
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
