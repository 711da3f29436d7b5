// Recording completion reports and returns on state data (inside store.updateState). Idempotent: a
// second report of done work changes nothing (except adding a link the first report lacked).
import type { Assignment, Report, StateData } from '../store/schema.ts';
import type { Change } from '../store/store.ts';
import { edit, type ArrayEdit } from '../store/working-copy.ts';
import { reportsIndexer } from './status.ts';

export type DoneOutcome =
  | { kind: 'done'; report: Report; reopened: boolean }
  | { kind: 'already'; report: Report; evidenceAdded: boolean };

export type ReturnOutcome = { kind: 'returned'; report: Report } | { kind: 'not-done'; report: Report | undefined };

// Where each assignment's latest report sits in the reports a write starts from: every report looked
// for its slot with a scan of all reports (~30 µs at 4,000).
const slotIndex = reportsIndexer((_, slot) => slot);

/**
 * The slot of the assignment's latest report in `reports` (the last one, should a file hold two), or
 * -1. With `base` (the frozen data the write's copy was made from, changed since only by this module,
 * in this write and those batched with it: in place or at the end), what was appended is looked at
 * first, then an index of `base`; otherwise the reports are scanned.
 */
function indexOfReport(reports: ArrayEdit<Report>, assignmentId: string, base?: Readonly<StateData>): number {
  const from = base?.reports;
  if (!from || !Object.isFrozen(from) || reports.length < from.length) return lastSlotOf(reports, assignmentId, 0);
  const appended = lastSlotOf(reports, assignmentId, from.length);
  if (appended >= 0) return appended;
  const at = slotIndex(from).get(assignmentId);
  if (at === undefined) return -1;
  return reports.at(at)?.assignmentId === assignmentId ? at : lastSlotOf(reports, assignmentId, 0);
}

/** The last slot from `end` on that holds a report on `assignmentId`, or -1. */
function lastSlotOf(reports: ArrayEdit<Report>, assignmentId: string, end: number): number {
  for (let i = reports.length - 1; i >= end; i--) if (reports.at(i)!.assignmentId === assignmentId) return i;
  return -1;
}

function put(reports: ArrayEdit<Report>, at: number, report: Report): void {
  if (at < 0) reports.push(report);
  else reports.set(at, report);
}

export function recordDone(
  data: StateData,
  assignment: Assignment,
  by: { userId: string; at: string; evidence: string | null },
  base?: Readonly<StateData>,
): { outcome: DoneOutcome; changes: Change[] } {
  const reports = edit(data, 'reports');
  const i = indexOfReport(reports, assignment.id, base);
  const before = i < 0 ? undefined : reports.at(i);
  if (before?.status === 'done') {
    if (by.evidence && !before.evidence) {
      const after = { ...before, evidence: by.evidence };
      put(reports, i, after);
      return { outcome: { kind: 'already', report: after, evidenceAdded: true }, changes: [{ action: 'report.evidence', before, after }] };
    }
    return { outcome: { kind: 'already', report: before, evidenceAdded: false }, changes: [] };
  }
  const report: Report = { assignmentId: assignment.id, status: 'done', evidence: by.evidence, reportedBy: by.userId, reportedAt: by.at };
  put(reports, i, report);
  return { outcome: { kind: 'done', report, reopened: before !== undefined }, changes: [{ action: 'report.done', before: before ?? null, after: report }] };
}

export function recordReturn(
  data: StateData,
  assignment: Assignment,
  by: { userId: string; at: string; reason: string },
  base?: Readonly<StateData>,
): { outcome: ReturnOutcome; changes: Change[] } {
  const reports = edit(data, 'reports');
  const i = indexOfReport(reports, assignment.id, base);
  const before = i < 0 ? undefined : reports.at(i);
  if (before?.status !== 'done') return { outcome: { kind: 'not-done', report: before }, changes: [] };
  const after: Report = { ...before, status: 'returned', returnedBy: by.userId, returnedAt: by.at, returnReason: by.reason };
  put(reports, i, after);
  return { outcome: { kind: 'returned', report: after }, changes: [{ action: 'report.return', before, after }] };
}
