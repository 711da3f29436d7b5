// An assignment joined with its task, its latest report and its due date: what every list shows.
import type { Assignment, PlansData, Report, StateData, StoredPlan, StoredTask } from '../store/schema.ts';
import { dueOf, type Due } from './due.ts';
import { planIndex, taskKey } from './plan-index.ts';
import { reportIndex, statusOf, type AssignmentStatus } from './status.ts';

export interface AssignmentView {
  assignment: Assignment;
  plan: StoredPlan;
  task: StoredTask;
  status: AssignmentStatus;
  report: Report | undefined;
  due: Due;
}

export interface StoreData {
  plans: Readonly<PlansData>;
  state: Readonly<StateData>;
}

/** Views of the given assignments (of active plans) as of China date `today`. */
export function viewsOf(data: StoreData, assignments: readonly Assignment[], today: string): AssignmentView[] {
  const index = planIndex(data.plans);
  const reports = reportIndex(data.state);
  const out: AssignmentView[] = [];
  for (const assignment of assignments) {
    const ref = index.taskByKey.get(taskKey(assignment.planId, assignment.taskId));
    if (!ref) continue;
    const report = reports.get(assignment.id);
    out.push({ assignment, plan: ref.plan, task: ref.task, status: statusOf(report), report, due: dueOf(assignment.deadline, today) });
  }
  return out;
}

/** A unit's assignments in active plans. */
export const unitViews = (data: StoreData, unit: string, today: string): AssignmentView[] =>
  viewsOf(data, planIndex(data.plans).byUnit.get(unit) ?? [], today);

/** Every assignment of the task with this chat number, or null when no active task has it. */
export function taskViews(data: StoreData, number: number, today: string): { plan: StoredPlan; task: StoredTask; views: AssignmentView[] } | null {
  const index = planIndex(data.plans);
  const ref = index.taskByNumber.get(number);
  if (!ref) return null;
  return { ...ref, views: viewsOf(data, index.byTask.get(taskKey(ref.plan.id, ref.task.id)) ?? [], today) };
}

const rank = (due: Due): number => (due.kind === 'dated' ? 0 : due.kind === 'relative' ? 1 : due.kind === 'ongoing' ? 2 : 3);

/**
 * The order open work is shown in: overdue first (most overdue first), then by due date, then work
 * without a date (event-relative, ongoing, undated) last; ties by task number.
 */
export function compareByUrgency(a: AssignmentView, b: AssignmentView): number {
  const ra = rank(a.due);
  const rb = rank(b.due);
  if (ra !== rb) return ra - rb;
  if (a.due.kind === 'dated' && b.due.kind === 'dated' && a.due.daysLeft !== b.due.daysLeft) return a.due.daysLeft - b.due.daysLeft;
  return a.task.number - b.task.number;
}

/** Not done (open or returned), most urgent first. */
export const openByUrgency = (views: AssignmentView[]): AssignmentView[] =>
  views.filter((v) => v.status !== 'done').sort(compareByUrgency);
