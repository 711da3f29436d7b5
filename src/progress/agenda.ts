// What every list needs that depends only on the plans and the day: each active assignment with its
// task and due date, in urgency order, overall and per unit. Built once per plans version and China
// date, so a query on a 50,000-assignment store only looks up reports (which change with every report).
import type { Assignment, PlansData, StoredPlan, StoredTask } from '../store/schema.ts';
import { dueOf, isOverdue, type Due } from './due.ts';
import { planIndex, taskKey } from './plan-index.ts';

export interface Scheduled {
  assignment: Assignment;
  plan: StoredPlan;
  task: StoredTask;
  due: Due;
  /** Past a dated deadline on this day (if still open). */
  late: boolean;
}

export interface Agenda {
  today: string;
  /** Every active assignment, most urgent first. */
  all: Scheduled[];
  /** Per unit, most urgent first. */
  byUnit: Map<string, Scheduled[]>;
  byId: Map<string, Scheduled>;
  /** Per unit: how many assignments, and how many of them are past their date on this day. */
  unitTotals: Map<string, { total: number; late: number }>;
  lateTotal: number;
}

const rank = (due: Due): number => (due.kind === 'dated' ? 0 : due.kind === 'relative' ? 1 : due.kind === 'ongoing' ? 2 : 3);

/**
 * The order open work is shown in: overdue first (most overdue first), then by due date, then work
 * without a date (event-relative, ongoing, undated) last; ties by task number.
 */
export function compareByUrgency(a: Pick<Scheduled, 'due' | 'task'>, b: Pick<Scheduled, 'due' | 'task'>): number {
  const ra = rank(a.due);
  const rb = rank(b.due);
  if (ra !== rb) return ra - rb;
  if (a.due.kind === 'dated' && b.due.kind === 'dated' && a.due.daysLeft !== b.due.daysLeft) return a.due.daysLeft - b.due.daysLeft;
  return a.task.number - b.task.number;
}

// One agenda per plans version: only the latest day is kept, the day changes once a day.
const cache = new WeakMap<object, Agenda>();

export function agendaOf(plans: Readonly<PlansData>, today: string): Agenda {
  const cached = cache.get(plans);
  if (cached?.today === today) return cached;
  const agenda = buildAgenda(plans, today);
  cache.set(plans, agenda);
  return agenda;
}

function buildAgenda(plans: Readonly<PlansData>, today: string): Agenda {
  const index = planIndex(plans);
  const all: Scheduled[] = [];
  for (const assignment of index.assignments) {
    const ref = index.taskByKey.get(taskKey(assignment.planId, assignment.taskId))!;
    const due = dueOf(assignment.deadline, today);
    all.push({ assignment, plan: ref.plan, task: ref.task, due, late: isOverdue(due) });
  }
  all.sort(compareByUrgency);
  const byUnit = new Map<string, Scheduled[]>();
  const byId = new Map<string, Scheduled>();
  const unitTotals = new Map<string, { total: number; late: number }>();
  let lateTotal = 0;
  for (const s of all) {
    byId.set(s.assignment.id, s);
    const list = byUnit.get(s.assignment.unit);
    if (list) list.push(s);
    else byUnit.set(s.assignment.unit, [s]);
    const t = unitTotals.get(s.assignment.unit) ?? unitTotals.set(s.assignment.unit, { total: 0, late: 0 }).get(s.assignment.unit)!;
    t.total++;
    if (s.late) (t.late++, lateTotal++);
  }
  return { today, all, byUnit, byId, unitTotals, lateTotal };
}
