// What the store will hold after an import, computed from the data as it is now: the plan's id, its
// tasks with their store-wide numbers (kept for tasks that survive a new version) and the task × unit
// assignments, whose ids stay the same across versions so completion records follow them.
import { assignmentIdFor } from '../ledger/assignment-id.ts';
import type { Assignment, PlansData, StoredPlan, StoredTask } from '../store/schema.ts';
import type { PlanDiff } from './plan-diff.ts';
import type { PlanUnits } from './import-units.ts';
import type { Plan } from './types.ts';

export interface ImportDraft {
  planId: string;
  tasks: StoredTask[];
  assignments: Assignment[];
  nextTaskNumber: number;
}

export function draftImport(data: Readonly<PlansData>, plan: Plan, previous: StoredPlan | null, diff: PlanDiff | null, units: PlanUnits): ImportDraft {
  const planId = previous?.id ?? nextPlanId(data.plans);
  let nextTaskNumber = data.nextTaskNumber;
  // A task new in this version gets an id the plan never used, so no old assignment id is reused.
  let nextTaskId = 1 + Math.max(0, ...(previous?.tasks ?? []).map((t) => Number(t.id.slice(1)) || 0));
  const tasks: StoredTask[] = plan.tasks.map((t) => {
    const kept = diff?.matches.get(t.id);
    if (kept) return { ...t, id: kept.id, number: kept.number };
    const id = previous ? `T${nextTaskId++}` : t.id;
    return { ...t, id, number: nextTaskNumber++ };
  });
  const assignments: Assignment[] = [];
  tasks.forEach((task, i) => {
    const seen = new Set<string>();
    for (const a of units.tasks.get(plan.tasks[i].id)?.assignments ?? []) {
      if (seen.has(a.unit)) continue;
      seen.add(a.unit);
      assignments.push({ id: assignmentIdFor(planId, task.id, a.unit), planId, taskId: task.id, unit: a.unit, role: a.role, deadline: task.deadline });
    }
  });
  return { planId, tasks, assignments, nextTaskNumber };
}

function nextPlanId(plans: readonly StoredPlan[]): string {
  return `P${1 + Math.max(0, ...plans.map((p) => Number(p.id.slice(1)) || 0))}`;
}
