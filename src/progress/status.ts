// Whether an assignment is done. The state keeps only the latest report per assignment: no report
// means open, a returned (退回) report means open again.
import { changesSince } from '../store/lineage.ts';
import type { Assignment, Report, StateData } from '../store/schema.ts';

export type AssignmentStatus = 'open' | 'done' | 'returned';

// One index, moved forward as the reports change: a write changes a few reports, and rebuilding a map
// of 50,000 of them per write cost more than the query that needed it. The store records which slots
// each write changed (store/lineage.ts); anything it cannot vouch for is rebuilt.
let current: { reports: readonly Report[]; byId: Map<string, Report> } | null = null;

/** Latest report per assignment id. Read it before the next state version is indexed: the map is
 *  moved forward in place. */
export function reportIndex(state: Readonly<StateData>): ReadonlyMap<string, Report> {
  const { reports } = state;
  if (current?.reports === reports) return current.byId;
  if (current && Object.isFrozen(reports) && stepForward(current, reports)) return current.byId;
  const byId = new Map<string, Report>();
  for (const r of reports) byId.set(r.assignmentId, r);
  // A working copy may still change: index it, but keep nothing.
  if (Object.isFrozen(reports)) current = { reports, byId };
  return byId;
}

function stepForward(index: { reports: readonly Report[]; byId: Map<string, Report> }, next: readonly Report[]): boolean {
  const prev = index.reports;
  const known = changesSince(prev, next);
  if (!known || known.shift !== 0) return false;
  // A slot that now holds another assignment's report means one was removed; a replaced report the
  // index did not hold was a duplicate: rebuild either way.
  for (const i of known.slots) {
    if (i < prev.length && (prev[i]!.assignmentId !== next[i]!.assignmentId || index.byId.get(prev[i]!.assignmentId) !== prev[i])) return false;
  }
  for (const i of known.slots) index.byId.set(next[i]!.assignmentId, next[i]!);
  index.reports = next;
  return true;
}

export function statusOf(report: Report | undefined): AssignmentStatus {
  return report ? report.status : 'open';
}

export const isDone = (a: Assignment, reports: ReadonlyMap<string, Report>): boolean => reports.get(a.id)?.status === 'done';
