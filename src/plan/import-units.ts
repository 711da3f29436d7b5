// The unit directory side of an import: which directory the plan resolves against (units.json, or one
// built from the plan when there is none), which of the plan's units are new to it, and each task's
// assignments. The unit logic itself lives in src/units/.
import { buildDirectoryFromPlan, mergeDirectory, resolveUnits } from '../units/directory.ts';
import type { DirectoryUnit, UnitDirectory } from '../units/types.ts';
import type { Plan, Task, UnitRef, UnitRole } from './types.ts';

export interface TaskUnits {
  assignments: { unit: string; role: UnitRole }[];
  unresolved: { text: string; reason: string }[];
}

export interface PlanUnits {
  /** The directory the plan resolves against: the stored one plus `added`. */
  directory: UnitDirectory;
  /** Units named in the plan that the directory does not know yet (all of them when it was empty). */
  added: DirectoryUnit[];
  /** True when there was no directory and it is built from the plan. */
  built: boolean;
  /** Per task id. */
  tasks: Map<string, TaskUnits>;
  /** Each group the plan names and the units it expands to. */
  groups: { name: string; members: string[] }[];
}

export function resolvePlanUnits(plan: Plan, stored: Readonly<UnitDirectory>): PlanUnits {
  const fromPlan = buildDirectoryFromPlan(plan);
  const built = stored.units.length === 0;
  const { directory, added } = built ? { directory: fromPlan, added: fromPlan.units } : mergeDirectory(stored, fromPlan);
  // Unit cells repeat a lot (「县直各部门」 on every row): resolve each distinct one once.
  const seen = new Map<string, TaskUnits>();
  const tasks = new Map<string, TaskUnits>();
  for (const t of plan.tasks) {
    const key = `${t.unitsText}\u0000${JSON.stringify(t.units)}`;
    if (!seen.has(key)) seen.set(key, resolveTask(t, directory));
    tasks.set(t.id, seen.get(key)!);
  }
  return { directory, added, built, tasks, groups: expandGroups(plan.tasks, directory) };
}

function resolveTask(t: Task, directory: UnitDirectory): TaskUnits {
  if (t.units.length === 0) return { assignments: [], unresolved: [{ text: t.unitsText, reason: '没有写明责任单位' }] };
  return resolveUnits(t.units, directory);
}

function expandGroups(tasks: Task[], directory: UnitDirectory): PlanUnits['groups'] {
  const seen = new Map<string, UnitRef>();
  for (const t of tasks) for (const u of t.units) if (u.group && !seen.has(u.name)) seen.set(u.name, u);
  return [...seen.values()].map((g) => ({
    name: g.name,
    members: resolveUnits([g], directory).assignments.map((a) => a.unit),
  }));
}
