// Recording completion reports and returns on state data (inside store.updateState). Idempotent: a
// second report of done work changes nothing (except adding a link the first report lacked).
import type { Assignment, Report, StateData } from '../store/schema.ts';
import type { Change } from '../store/store.ts';

export type DoneOutcome =
  | { kind: 'done'; report: Report; reopened: boolean }
  | { kind: 'already'; report: Report; evidenceAdded: boolean };

export type ReturnOutcome = { kind: 'returned'; report: Report } | { kind: 'not-done'; report: Report | undefined };

const indexOfReport = (data: StateData, assignmentId: string): number => data.reports.findIndex((r) => r.assignmentId === assignmentId);

function put(data: StateData, at: number, report: Report): void {
  if (at < 0) data.reports.push(report);
  else data.reports[at] = report;
}

export function recordDone(
  data: StateData,
  assignment: Assignment,
  by: { userId: string; at: string; evidence: string | null },
): { outcome: DoneOutcome; changes: Change[] } {
  const i = indexOfReport(data, assignment.id);
  const before = i < 0 ? undefined : data.reports[i];
  if (before?.status === 'done') {
    if (by.evidence && !before.evidence) {
      const after = { ...before, evidence: by.evidence };
      put(data, i, after);
      return { outcome: { kind: 'already', report: after, evidenceAdded: true }, changes: [{ action: 'report.evidence', before, after }] };
    }
    return { outcome: { kind: 'already', report: before, evidenceAdded: false }, changes: [] };
  }
  const report: Report = { assignmentId: assignment.id, status: 'done', evidence: by.evidence, reportedBy: by.userId, reportedAt: by.at };
  put(data, i, report);
  return { outcome: { kind: 'done', report, reopened: before !== undefined }, changes: [{ action: 'report.done', before: before ?? null, after: report }] };
}

export function recordReturn(
  data: StateData,
  assignment: Assignment,
  by: { userId: string; at: string; reason: string },
): { outcome: ReturnOutcome; changes: Change[] } {
  const i = indexOfReport(data, assignment.id);
  const before = i < 0 ? undefined : data.reports[i];
  if (before?.status !== 'done') return { outcome: { kind: 'not-done', report: before }, changes: [] };
  const after: Report = { ...before, status: 'returned', returnedBy: by.userId, returnedAt: by.at, returnReason: by.reason };
  put(data, i, after);
  return { outcome: { kind: 'returned', report: after }, changes: [{ action: 'report.return', before, after }] };
}
