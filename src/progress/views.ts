// An assignment joined with its task, its latest report and its due date: what every list shows.
import type { Assignment, PlansData, Report, StateData, StoredPlan, StoredTask } from '../store/schema.ts';
import { agendaOf, compareByUrgency, type Scheduled } from './agenda.ts';
import type { Due } from './due.ts';
import { planIndex, taskKey } from './plan-index.ts';
import { reportIndex, statusOf, type AssignmentStatus } from './status.ts';

export { compareByUrgency } from './agenda.ts';

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

/** A scheduled assignment with its latest report. */
export const viewOf = ({ assignment, plan, task, due }: Scheduled, report: Report | undefined): AssignmentView =>
  ({ assignment, plan, task, due, report, status: statusOf(report) });

/** Joins scheduled assignments with their latest reports. */
export function withReports(data: StoreData, scheduled: readonly Scheduled[]): AssignmentView[] {
  const reports = reportIndex(data.state);
  return scheduled.map((s) => viewOf(s, reports.get(s.assignment.id)));
}

/** Views of the given assignments (of active plans) as of China date `today`, in the order given. */
export function viewsOf(data: StoreData, assignments: readonly Assignment[], today: string): AssignmentView[] {
  const agenda = agendaOf(data.plans, today);
  const scheduled: Scheduled[] = [];
  for (const a of assignments) {
    const s = agenda.byId.get(a.id);
    if (s) scheduled.push(s);
  }
  return withReports(data, scheduled);
}

/** A unit's assignments in active plans, most urgent first. */
export const unitViews = (data: StoreData, unit: string, today: string): AssignmentView[] =>
  withReports(data, agendaOf(data.plans, today).byUnit.get(unit) ?? []);

/** Every assignment of the task with this chat number, or null when no active task has it. */
export function taskViews(data: StoreData, number: number, today: string): { plan: StoredPlan; task: StoredTask; views: AssignmentView[] } | null {
  const index = planIndex(data.plans);
  const ref = index.taskByNumber.get(number);
  if (!ref) return null;
  return { ...ref, views: viewsOf(data, index.byTask.get(taskKey(ref.plan.id, ref.task.id)) ?? [], today) };
}

/** Not done (open or returned), most urgent first. */
export const openByUrgency = (views: AssignmentView[]): AssignmentView[] =>
  views.filter((v) => v.status !== 'done').sort(compareByUrgency);
