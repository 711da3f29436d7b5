// Whether an assignment is done. The state keeps only the latest report per assignment: no report
// means open, a returned (退回) report means open again.
import type { Assignment, Report, StateData } from '../store/schema.ts';

export type AssignmentStatus = 'open' | 'done' | 'returned';

const cache = new WeakMap<object, Map<string, Report>>();

/** Latest report per assignment id, built once per state.json version. */
export function reportIndex(state: Readonly<StateData>): Map<string, Report> {
  let index = cache.get(state);
  if (!index) {
    index = new Map(state.reports.map((r) => [r.assignmentId, r]));
    cache.set(state, index);
  }
  return index;
}

export function statusOf(report: Report | undefined): AssignmentStatus {
  return report ? report.status : 'open';
}

export const isDone = (a: Assignment, reports: Map<string, Report>): boolean => reports.get(a.id)?.status === 'done';
