// Lookups over the active plans, built once per plans.json version. The store replaces the plans
// object on every write, so a WeakMap keyed by its identity is a cache that can never go stale, and a
// query on a 50,000-assignment store costs a map lookup instead of a scan.
import type { Assignment, PlansData, StoredPlan, StoredTask } from '../store/schema.ts';

export interface TaskRef {
  plan: StoredPlan;
  task: StoredTask;
}

export interface PlanIndex {
  /** Plans with status 'active', in store order. */
  activePlans: StoredPlan[];
  /** Every assignment of an active plan, in store order. */
  assignments: Assignment[];
  /** Active tasks by their chat number (「任务12」). */
  taskByNumber: Map<number, TaskRef>;
  /** Task of an assignment, by `${planId}/${taskId}`. */
  taskByKey: Map<string, TaskRef>;
  /** Assignments of an active plan, by canonical unit name. */
  byUnit: Map<string, Assignment[]>;
  /** Assignments of a task, by `${planId}/${taskId}`, in store order. */
  byTask: Map<string, Assignment[]>;
  /** Every unit with at least one assignment, in first-seen order. */
  units: string[];
}

export const taskKey = (planId: string, taskId: string): string => `${planId}/${taskId}`;

const cache = new WeakMap<object, PlanIndex>();

export function planIndex(plans: Readonly<PlansData>): PlanIndex {
  let index = cache.get(plans);
  if (!index) {
    index = buildPlanIndex(plans);
    cache.set(plans, index);
  }
  return index;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function buildPlanIndex(plans: Readonly<PlansData>): PlanIndex {
  const activePlans = plans.plans.filter((p) => p.status === 'active');
  const taskByNumber = new Map<number, TaskRef>();
  const taskByKey = new Map<string, TaskRef>();
  for (const plan of activePlans) {
    for (const task of plan.tasks) {
      taskByNumber.set(task.number, { plan, task });
      taskByKey.set(taskKey(plan.id, task.id), { plan, task });
    }
  }
  const assignments: Assignment[] = [];
  const byUnit = new Map<string, Assignment[]>();
  const byTask = new Map<string, Assignment[]>();
  for (const a of plans.assignments) {
    if (!taskByKey.has(taskKey(a.planId, a.taskId))) continue;
    assignments.push(a);
    push(byUnit, a.unit, a);
    push(byTask, taskKey(a.planId, a.taskId), a);
  }
  return { activePlans, assignments, taskByNumber, taskByKey, byUnit, byTask, units: [...byUnit.keys()] };
}
