// Progress figures over store data: overall, per unit, overdue, due within N days. Plain numbers,
// no wording (render/ turns them into Chinese). The weekly summary uses the same functions.
import { isOverdue } from './due.ts';
import { planIndex } from './plan-index.ts';
import { reportIndex } from './status.ts';
import { compareByUrgency, viewsOf, type AssignmentView, type StoreData } from './views.ts';

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

/** Counts for a list of views. */
export function countViews(views: readonly AssignmentView[]): Counts {
  let done = 0;
  let overdue = 0;
  for (const v of views) {
    if (v.status === 'done') done++;
    else if (isOverdue(v.due)) overdue++;
  }
  return { total: views.length, done, overdue, rate: views.length ? done / views.length : 0 };
}

/** Completion over all active plans and by unit, as of China date `today`. */
export function progressOf(data: StoreData, today: string): Progress {
  const index = planIndex(data.plans);
  const all = viewsOf(data, index.assignments, today);
  const byUnit = new Map<string, AssignmentView[]>();
  for (const v of all) {
    const list = byUnit.get(v.assignment.unit);
    if (list) list.push(v);
    else byUnit.set(v.assignment.unit, [v]);
  }
  const units = [...byUnit].map(([unit, views]) => ({ unit, ...countViews(views) }));
  units.sort((a, b) => a.rate - b.rate || b.overdue - a.overdue || a.unit.localeCompare(b.unit, 'zh-CN'));
  return { overall: countViews(all), units };
}

/** Open assignments past their date, most overdue first. */
export function overdueOf(data: StoreData, today: string): AssignmentView[] {
  const reports = reportIndex(data.state);
  const open = planIndex(data.plans).assignments.filter((a) => reports.get(a.id)?.status !== 'done');
  return viewsOf(data, open, today).filter((v) => isOverdue(v.due)).sort(compareByUrgency);
}

/** Open assignments due from `today` to `days` days later (inclusive), soonest first. */
export function dueWithinOf(data: StoreData, today: string, days: number): AssignmentView[] {
  const reports = reportIndex(data.state);
  const open = planIndex(data.plans).assignments.filter((a) => reports.get(a.id)?.status !== 'done');
  return viewsOf(data, open, today)
    .filter((v) => v.due.kind === 'dated' && v.due.daysLeft >= 0 && v.due.daysLeft <= days)
    .sort(compareByUrgency);
}
