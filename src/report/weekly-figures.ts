// The figures of the weekly summary, per active plan: plain numbers over store data, no wording.
// "This week" is the seven days up to the moment the summary is built; "last week" is the state at
// that window's start, reconstructed from report timestamps (a report returned during the window
// still counted as done at its start).
import type { PlansData, Report, StateData, StoredPlan } from '../store/schema.ts';
import { chinaDate } from '../time/china.ts';
import { dueOf, reportIndex } from '../progress/index.ts';

export const DUE_SOON_DAYS = 14;
const WEEK_MS = 7 * 86_400_000;

export interface UnitProgress {
  unit: string;
  done: number;
  total: number;
  /** done / total, 0..1. */
  rate: number;
}
export interface OverdueItem { unit: string; taskNumber: number; due: string; daysOverdue: number }
export interface DueSoonItem { taskNumber: number; requirement: string; due: string; daysLeft: number; units: string[] }
export interface CompletedItem { unit: string; taskNumber: number; at: string }
export interface ApartCount { total: number; done: number }

export interface PlanFigures {
  planId: string;
  title: string;
  total: number;
  done: number;
  rate: number;
  /** Completion at the start of the window (a week ago). */
  doneWeekAgo: number;
  rateWeekAgo: number;
  /** Units ranked by completion rate, best first. */
  units: UnitProgress[];
  /** Units with open assignments that reported nothing this week. */
  silentUnits: string[];
  /** Most overdue first. */
  overdue: OverdueItem[];
  /** Soonest first; one item per task and due date, with the units still open on it. */
  dueSoon: DueSoonItem[];
  completedThisWeek: CompletedItem[];
  /** Shown apart, never overdue: 长期/持续 tasks, event-relative ones, and those without a deadline. */
  ongoing: ApartCount;
  relative: ApartCount;
  undated: ApartCount;
}

export interface WeeklyFigures {
  /** China date the summary is for, and the China date a week earlier. */
  today: string;
  since: string;
  plans: PlanFigures[];
}

const rate = (done: number, total: number) => (total === 0 ? 0 : done / total);

function wasDoneAt(r: Report | undefined, atMs: number): boolean {
  if (!r || Date.parse(r.reportedAt) >= atMs) return false;
  if (r.status === 'done') return true;
  return r.returnedAt !== undefined && Date.parse(r.returnedAt) >= atMs;
}

export function buildWeeklyFigures(plans: Readonly<PlansData>, state: Readonly<StateData>, now: Date): WeeklyFigures {
  const nowMs = now.getTime();
  const sinceMs = nowMs - WEEK_MS;
  const today = chinaDate(now);
  const reports = reportIndex(state);
  const active = plans.plans.filter((p) => p.status === 'active');
  const byPlan = new Map(active.map((p) => [p.id, [] as typeof plans.assignments]));
  for (const a of plans.assignments) byPlan.get(a.planId)?.push(a);
  return {
    today,
    since: chinaDate(new Date(sinceMs)),
    plans: active.map((p) => planFigures(p, byPlan.get(p.id) ?? [], reports, { today, nowMs, sinceMs })),
  };
}

interface Window { today: string; nowMs: number; sinceMs: number }

function planFigures(
  plan: StoredPlan,
  assignments: PlansData['assignments'],
  reports: ReadonlyMap<string, Report>,
  w: Window,
): PlanFigures {
  const tasks = new Map(plan.tasks.map((t) => [t.id, t]));
  const units = new Map<string, { done: number; total: number; open: number; reported: boolean }>();
  const overdue: OverdueItem[] = [];
  const dueSoon = new Map<string, DueSoonItem>();
  const completed: CompletedItem[] = [];
  const apart = { ongoing: { total: 0, done: 0 }, relative: { total: 0, done: 0 }, undated: { total: 0, done: 0 } };
  let done = 0;
  let doneWeekAgo = 0;
  let total = 0;

  for (const a of assignments) {
    const task = tasks.get(a.taskId);
    if (!task) continue;
    total++;
    const r = reports.get(a.id);
    const isDone = r?.status === 'done';
    const reportedMs = r ? Date.parse(r.reportedAt) : NaN;
    const reportedThisWeek = reportedMs >= w.sinceMs && reportedMs <= w.nowMs;
    let u = units.get(a.unit);
    if (!u) units.set(a.unit, (u = { done: 0, total: 0, open: 0, reported: false }));
    u.total++;
    if (reportedThisWeek) u.reported = true;
    if (isDone) {
      done++;
      u.done++;
      if (reportedThisWeek) completed.push({ unit: a.unit, taskNumber: task.number, at: r.reportedAt });
    } else u.open++;
    if (wasDoneAt(r, w.sinceMs)) doneWeekAgo++;

    const due = dueOf(a.deadline, w.today);
    if (due.kind !== 'dated') {
      apart[due.kind].total++;
      if (isDone) apart[due.kind].done++;
      continue;
    }
    if (isDone) continue;
    const { daysLeft, date } = due;
    if (daysLeft < 0) overdue.push({ unit: a.unit, taskNumber: task.number, due: date, daysOverdue: -daysLeft });
    else if (daysLeft <= DUE_SOON_DAYS) {
      const key = `${task.id}@${date}`;
      const item = dueSoon.get(key);
      if (item) item.units.push(a.unit);
      else dueSoon.set(key, { taskNumber: task.number, requirement: task.requirement, due: date, daysLeft, units: [a.unit] });
    }
  }

  const ranked = [...units].map(([unit, c]) => ({ unit, done: c.done, total: c.total, rate: rate(c.done, c.total) }));
  ranked.sort((x, y) => y.rate - x.rate || y.total - x.total || x.unit.localeCompare(y.unit, 'zh', { numeric: true }));
  return {
    planId: plan.id,
    title: plan.title,
    total,
    done,
    rate: rate(done, total),
    doneWeekAgo,
    rateWeekAgo: rate(doneWeekAgo, total),
    units: ranked,
    silentUnits: ranked.filter((r) => { const c = units.get(r.unit)!; return c.open > 0 && !c.reported; }).map((r) => r.unit),
    overdue: overdue.sort((x, y) => y.daysOverdue - x.daysOverdue || x.taskNumber - y.taskNumber),
    dueSoon: [...dueSoon.values()].sort((x, y) => x.daysLeft - y.daysLeft || x.taskNumber - y.taskNumber),
    completedThisWeek: completed.sort((x, y) => x.at.localeCompare(y.at)),
    ...apart,
  };
}
