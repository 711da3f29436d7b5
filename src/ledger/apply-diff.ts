// Writes a previewed ledger diff: new units into the directory, then task and assignment edits in one
// plans update (backed up first, every task change audited). Completion records live in state keyed by
// assignment id, so every assignment that survives keeps its record untouched.
import type { Deadline } from '../plan/types.ts';
import type { Assignment, PlansData, StoredPlan, StoredTask } from '../store/schema.ts';
import type { Change, Store, WriteContext } from '../store/store.ts';
import type { DirectoryUnit, UnitKind } from '../units/types.ts';
import { UserError } from '../errors.ts';
import { assignmentIdFor } from './assignment-id.ts';
import type { LedgerDiff, NewTask, TaskEdit } from './ledger-diff.ts';

export function guessUnitKind(name: string): UnitKind {
  if (/街道(办事处)?$/.test(name)) return '街道';
  if (/镇(人民政府)?$/.test(name)) return '镇';
  if (/开发区/.test(name)) return '开发区';
  return '部门';
}

/** The plan as a record this mutation may change: committed records are frozen, so replace, never edit. */
function editablePlan(data: PlansData, planId: string): StoredPlan {
  const i = data.plans.findIndex((p) => p.id === planId);
  if (i < 0) throw new UserError(`计划 ${planId} 已不存在，请重新导出台账后再修改。`);
  if (Object.isFrozen(data.plans[i])) data.plans[i] = { ...data.plans[i], tasks: data.plans[i].tasks.slice() };
  return data.plans[i];
}

function taskIndex(plan: StoredPlan, taskId: string): number {
  const i = plan.tasks.findIndex((t) => t.id === taskId);
  if (i < 0) throw new UserError(`任务 ${taskId} 已不存在，请重新导出台账后再修改。`);
  return i;
}

const taskKey = (planId: string, taskId: string): string => `${planId}/${taskId}`;

/** Assignment edits collected over the whole diff and applied in one pass over the (large) list. */
interface AssignmentEdits {
  removeTasks: Set<string>;
  removeIds: Set<string>;
  deadlines: Map<string, Deadline>;
  add: Assignment[];
}

function unitsNow(data: PlansData, planId: string, taskId: string): string[] {
  return data.assignments.filter((a) => a.planId === planId && a.taskId === taskId).map((a) => a.unit);
}

function applyEdit(data: PlansData, e: TaskEdit, out: AssignmentEdits): Change {
  const plan = editablePlan(data, e.planId);
  const i = taskIndex(plan, e.taskId);
  const before = plan.tasks[i];
  const oldUnits = unitsNow(data, e.planId, e.taskId);
  const units = [...oldUnits.filter((u) => !e.unitsRemoved.includes(u)), ...e.unitsAdded];
  const task: StoredTask = { ...before };
  if (e.requirement) task.requirement = e.requirement.after;
  if (e.category) task.category = e.category.after;
  if (e.deadline) {
    task.deadlineText = e.deadline.after || null;
    task.deadline = e.deadline.parsed;
    out.deadlines.set(taskKey(e.planId, e.taskId), e.deadline.parsed);
  }
  if (e.unitsAdded.length || e.unitsRemoved.length) {
    task.units = units.map((name) => ({ name, role: 'member' as const, group: false }));
    task.unitsText = units.join('、');
  }
  plan.tasks[i] = task;
  for (const u of e.unitsRemoved) out.removeIds.add(assignmentIdFor(e.planId, e.taskId, u));
  for (const unit of e.unitsAdded)
    out.add.push({ id: assignmentIdFor(e.planId, e.taskId, unit), planId: e.planId, taskId: e.taskId, unit, role: 'member', deadline: task.deadline });
  return { action: 'ledger.task.update', before: { ...before, assignedUnits: oldUnits }, after: { ...task, assignedUnits: units } };
}

function applyAdd(data: PlansData, t: NewTask, out: AssignmentEdits): Change {
  const plan = editablePlan(data, t.planId);
  const nextId = Math.max(0, ...plan.tasks.map((x) => Number(x.id.replace(/\D/g, '')) || 0)) + 1;
  const task: StoredTask = {
    id: `T${nextId}`, number: data.nextTaskNumber++, no: null, category: t.category, requirement: t.requirement,
    unitsText: t.units.join('、'), units: t.units.map((name) => ({ name, role: 'member', group: false })),
    deadlineText: t.deadlineText || null, deadline: t.deadline, where: `台账导入：${t.where}`,
  };
  plan.tasks.push(task);
  for (const unit of t.units)
    out.add.push({ id: assignmentIdFor(plan.id, task.id, unit), planId: plan.id, taskId: task.id, unit, role: 'member', deadline: t.deadline });
  return { action: 'ledger.task.add', before: null, after: task };
}

function applyRemove(data: PlansData, planId: string, taskId: string, out: AssignmentEdits): Change {
  const plan = editablePlan(data, planId);
  const i = taskIndex(plan, taskId);
  const [task] = plan.tasks.splice(i, 1);
  out.removeTasks.add(taskKey(planId, taskId));
  return { action: 'ledger.task.remove', before: { ...task, assignedUnits: unitsNow(data, planId, taskId) }, after: null };
}

function applyAssignmentEdits(data: PlansData, out: AssignmentEdits): void {
  const kept: Assignment[] = [];
  for (const a of data.assignments) {
    const key = taskKey(a.planId, a.taskId);
    if (out.removeTasks.has(key) || out.removeIds.has(a.id)) continue;
    const deadline = out.deadlines.get(key);
    kept.push(deadline ? { ...a, deadline } : a);
  }
  data.assignments = [...kept, ...out.add];
}

export interface LedgerApplyResult { backupDir: string; changes: number }

export async function applyLedgerDiff(store: Store, diff: LedgerDiff, ctx: WriteContext): Promise<LedgerApplyResult> {
  const backupDir = await store.backup();
  if (diff.newUnits.length)
    await store.updateDirectory(ctx, (dir) =>
      diff.newUnits
        .filter((name) => !dir.units.some((u) => u.name === name))
        .map((name) => {
          const unit: DirectoryUnit = { name, kind: guessUnitKind(name), aliases: [] };
          dir.units.push(unit);
          return { action: 'unit.add', before: null, after: unit };
        }),
    );
  const changes = await store.updatePlans(ctx, (data) => {
    const out: AssignmentEdits = { removeTasks: new Set(), removeIds: new Set(), deadlines: new Map(), add: [] };
    const list = [
      ...diff.edits.map((e) => applyEdit(data, e, out)),
      ...diff.added.map((t) => applyAdd(data, t, out)),
      ...diff.removed.map((r) => applyRemove(data, r.planId, r.taskId, out)),
    ];
    applyAssignmentEdits(data, out);
    return list;
  });
  return { backupDir, changes: changes.length };
}
