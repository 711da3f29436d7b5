// The ledger as plain data: one sheet per plan (archived plans included: the ledger is the record),
// one row per assignment, with the latest report on it. Rendering to Excel is a separate step.
import type { Assignment, PlansData, Report, StateData, StoredPlan, StoredTask } from '../store/schema.ts';
import { daysBetween } from '../time/china.ts';
import { CATEGORY_SEPARATOR } from './columns.ts';
import { deadlineCellText, dueDateOf } from './describe-deadline.ts';

export type LedgerStatus = 'done' | 'returned' | 'overdue' | 'open' | 'unassigned';

export const STATUS_LABEL: Record<LedgerStatus, string> = {
  done: '已完成',
  returned: '已退回',
  overdue: '已逾期',
  open: '未完成',
  unassigned: '未落实单位',
};

export interface LedgerRow {
  /** Empty for a task no unit could be assigned to (shown so the admin can fill in the unit). */
  assignmentId: string;
  number: number;
  category: string;
  requirement: string;
  unit: string;
  deadline: string;
  status: LedgerStatus;
  /** Days past the due date, for overdue rows. */
  overdueDays: number;
  doneAt: string | null;
  evidence: string | null;
  reportedBy: string | null;
}

export interface LedgerSheet {
  plan: Pick<StoredPlan, 'id' | 'title' | 'year' | 'status'>;
  rows: LedgerRow[];
}

function statusOf(a: Assignment, report: Report | undefined, today: string): { status: LedgerStatus; overdueDays: number } {
  if (report?.status === 'done') return { status: 'done', overdueDays: 0 };
  const due = dueDateOf(a.deadline);
  const late = due ? daysBetween(due, today) : 0;
  if (late > 0) return { status: 'overdue', overdueDays: late };
  return { status: report?.status === 'returned' ? 'returned' : 'open', overdueDays: 0 };
}

function rowFor(task: StoredTask, a: Assignment, report: Report | undefined, today: string): LedgerRow {
  const done = report?.status === 'done';
  return {
    assignmentId: a.id,
    number: task.number,
    category: task.category.join(CATEGORY_SEPARATOR),
    requirement: task.requirement,
    unit: a.unit,
    deadline: deadlineCellText(task.deadlineText, a.deadline),
    ...statusOf(a, report, today),
    doneAt: done ? report.reportedAt : null,
    evidence: done ? report.evidence : null,
    reportedBy: done ? report.reportedBy : null,
  };
}

function unassignedRow(task: StoredTask): LedgerRow {
  return {
    assignmentId: '',
    number: task.number,
    category: task.category.join(CATEGORY_SEPARATOR),
    requirement: task.requirement,
    unit: '',
    deadline: deadlineCellText(task.deadlineText, task.deadline),
    status: 'unassigned',
    overdueDays: 0,
    doneAt: null,
    evidence: null,
    reportedBy: null,
  };
}

/** `today` is the China calendar date (YYYY-MM-DD) that decides what is overdue. */
export function buildLedger(plans: Readonly<PlansData>, state: Readonly<StateData>, today: string): LedgerSheet[] {
  const reports = new Map(state.reports.map((r) => [r.assignmentId, r]));
  const byTask = new Map<string, Assignment[]>();
  for (const a of plans.assignments) {
    const key = `${a.planId}\u0000${a.taskId}`;
    const list = byTask.get(key);
    if (list) list.push(a);
    else byTask.set(key, [a]);
  }
  return plans.plans.map((plan) => ({
    plan: { id: plan.id, title: plan.title, year: plan.year, status: plan.status },
    rows: plan.tasks.flatMap((task) => {
      const assigned = byTask.get(`${plan.id}\u0000${task.id}`) ?? [];
      if (assigned.length === 0) return [unassignedRow(task)];
      return assigned.map((a) => rowFor(task, a, reports.get(a.id), today));
    }),
  }));
}
