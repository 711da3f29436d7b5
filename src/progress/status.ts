// Whether an assignment is done. The state keeps only the latest report per assignment: no report
// means open, a returned (退回) report means open again.
import { changesSince } from '../store/lineage.ts';
import type { Assignment, Report, StateData } from '../store/schema.ts';

export type AssignmentStatus = 'open' | 'done' | 'returned';

/**
 * An index of reports by assignment id, for one line of versions (the committed data queries read, or
 * the data writes start from): each id maps to what `valueAt` makes of its latest report's slot (the
 * last one, should a file hold two). A write changes a few reports, and rebuilding a map of 50,000 per
 * write cost more than the query that needed it, so the map is moved forward in place by the slots the
 * store says changed (store/lineage.ts) and rebuilt when the store cannot vouch for them. Read a map
 * before the next version is indexed.
 */
export function reportsIndexer<V>(valueAt: (reports: readonly Report[], slot: number) => V): (reports: readonly Report[]) => ReadonlyMap<string, V> {
  let current: { reports: readonly Report[]; byId: Map<string, V> } | null = null;

  function stepForward(index: NonNullable<typeof current>, next: readonly Report[]): boolean {
    const prev = index.reports;
    const known = changesSince(prev, next);
    if (!known || known.shift !== 0) return false;
    // A slot that now holds another assignment's report means one was removed; a replaced report the
    // index did not hold was an earlier duplicate: rebuild either way.
    for (const i of known.slots) {
      if (i < prev.length && (prev[i]!.assignmentId !== next[i]!.assignmentId || index.byId.get(prev[i]!.assignmentId) !== valueAt(prev, i))) return false;
    }
    for (const i of known.slots) index.byId.set(next[i]!.assignmentId, valueAt(next, i));
    index.reports = next;
    return true;
  }

  return (reports) => {
    if (current?.reports === reports) return current.byId;
    if (current && Object.isFrozen(reports) && stepForward(current, reports)) return current.byId;
    const byId = new Map<string, V>();
    for (let i = 0; i < reports.length; i++) byId.set(reports[i]!.assignmentId, valueAt(reports, i));
    // A working copy may still change: index it, but keep nothing.
    if (Object.isFrozen(reports)) current = { reports, byId };
    return byId;
  };
}

const latestReports = reportsIndexer((reports, slot) => reports[slot]!);

/** Latest report per assignment id in the committed data (see reportsIndexer). */
export const reportIndex = (state: Readonly<StateData>): ReadonlyMap<string, Report> => latestReports(state.reports);

export function statusOf(report: Report | undefined): AssignmentStatus {
  return report ? report.status : 'open';
}

export const isDone = (a: Assignment, reports: ReadonlyMap<string, Report>): boolean => reports.get(a.id)?.status === 'done';
