// Renaming or merging a unit moves everything filed under its name to the other name: assignments
// (their ids contain the unit, so they are re-keyed), the completion records keyed by those ids, and
// liaison bindings. Where the target already has the same task, the target's assignment stays, lead
// role wins, and a completion record wins over an open or returned one.
import type { Assignment, PlansData, Report, StateData } from '../store/schema.ts';
import type { Change } from '../store/store.ts';
import { assignmentIdFor } from '../ledger/assignment-id.ts';

/** Old assignment id → new assignment id, for every assignment of `from`. */
export type IdMap = Map<string, string>;

export function moveAssignments(data: PlansData, from: string, to: string): { ids: IdMap; changes: Change[] } {
  const ids: IdMap = new Map();
  const byId = new Map(data.assignments.map((a, i) => [a.id, i]));
  const drop = new Set<number>();
  let moved = 0;
  data.assignments.forEach((a, i) => {
    if (a.unit !== from) return;
    const id = assignmentIdFor(a.planId, a.taskId, to);
    ids.set(a.id, id);
    moved++;
    const existing = byId.get(id);
    if (existing === undefined) {
      data.assignments[i] = { ...a, id, unit: to };
      return;
    }
    drop.add(i);
    const target = data.assignments[existing];
    if (a.role === 'lead' && target.role !== 'lead') data.assignments[existing] = { ...target, role: 'lead' } satisfies Assignment;
  });
  if (drop.size) data.assignments = data.assignments.filter((_, i) => !drop.has(i));
  const changes: Change[] = moved ? [{ action: 'unit.move.assignments', before: { unit: from, count: moved }, after: { unit: to, merged: drop.size } }] : [];
  return { ids, changes };
}

const better = (a: Report, b: Report): Report => (a.status === 'done' && b.status !== 'done' ? a : b.status === 'done' ? b : a.reportedAt > b.reportedAt ? a : b);

export function moveState(data: StateData, from: string, to: string, ids: IdMap): Change[] {
  const changes: Change[] = [];
  const reports = new Map<string, Report>();
  for (const r of data.reports) {
    const newId = ids.get(r.assignmentId);
    const moved = newId ? { ...r, assignmentId: newId } : r;
    if (newId) changes.push({ action: 'unit.move.report', before: r, after: moved });
    const clash = reports.get(moved.assignmentId);
    reports.set(moved.assignmentId, clash ? better(clash, moved) : moved);
  }
  data.reports = [...reports.values()];
  data.bindings = data.bindings.map((b) => {
    if (b.unit !== from) return b;
    const after = { ...b, unit: to };
    changes.push({ action: 'unit.move.binding', before: b, after });
    return after;
  });
  return changes;
}
