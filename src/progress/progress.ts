// Progress figures over store data: overall, per unit, overdue, due within N days. Plain numbers,
// no wording (render/ turns them into Chinese). The weekly summary can use the same functions.
// Whole-store figures are memoised per data version and day (see memo.ts), and count with string
// comparisons of China dates rather than building a view per assignment, so 「进度」 on a 50,000-
// assignment store stays cheap.
import { dueDateOf, isOverdue } from './due.ts';
import { memoByData } from './memo.ts';
import { planIndex } from './plan-index.ts';
import { reportIndex } from './status.ts';
import { compareByUrgency, viewsOf, type AssignmentView, type StoreData } from './views.ts';
import type { Assignment } from '../store/schema.ts';

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

/** Completion over all active plans and by unit, as of China date `today`. */
export function progressOf(data: StoreData, today: string): Progress {
  return memoByData(data.plans, data.state, `progress:${today}`, () => {
    const index = planIndex(data.plans);
    const reports = reportIndex(data.state);
    const units: UnitCounts[] = [];
    let done = 0;
    let overdue = 0;
    for (const [unit, list] of index.byUnit) {
      let d = 0;
      let o = 0;
      for (const a of list) {
        if (reports.get(a.id)?.status === 'done') d++;
        else if (isLate(a, today)) o++;
      }
      units.push({ unit, ...withRate(list.length, d, o) });
      done += d;
      overdue += o;
    }
    units.sort((a, b) => a.rate - b.rate || b.overdue - a.overdue || a.unit.localeCompare(b.unit, 'zh-CN'));
    return { overall: withRate(index.assignments.length, done, overdue), units };
  });
}

/** Past its date on China date `today` (YYYY-MM-DD strings compare in date order). */
function isLate(a: Assignment, today: string): boolean {
  const due = dueDateOf(a.deadline);
  return due !== null && due < today;
}

function openWhere(data: StoreData, today: string, keep: (a: Assignment) => boolean): AssignmentView[] {
  const reports = reportIndex(data.state);
  const picked = planIndex(data.plans).assignments.filter((a) => keep(a) && reports.get(a.id)?.status !== 'done');
  return viewsOf(data, picked, today).sort(compareByUrgency);
}

/** Open assignments past their date, most overdue first. (Shared between callers: do not mutate.) */
export function overdueOf(data: StoreData, today: string): AssignmentView[] {
  return memoByData(data.plans, data.state, `overdue:${today}`, () => openWhere(data, today, (a) => isLate(a, today)));
}

/** Open assignments due from `today` to `days` days later (inclusive), soonest first. */
export function dueWithinOf(data: StoreData, today: string, days: number): AssignmentView[] {
  const until = addDays(today, days);
  return memoByData(data.plans, data.state, `due:${today}:${days}`, () =>
    openWhere(data, today, (a) => {
      const due = dueDateOf(a.deadline);
      return due !== null && due >= today && due <= until;
    }),
  );
}

function addDays(date: string, days: number): string {
  const t = Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
