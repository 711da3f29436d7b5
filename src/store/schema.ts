// What the store keeps on disk (lowdb JSON files in the data folder, DUBAN_DATA_DIR or ./data).
//
//   plans.json   PlansData   plans, their tasks and the task × unit assignments (rewritten on import only)
//   state.json   StateData   what chat changes: bindings, reports, processed message ids, scheduled runs
//                (a snapshot, plus `journalSeq`: the last journal line it includes)
//   state.journal.jsonl   one line per grouped state write since that snapshot (./journaled-file.ts)
//   units.json   UnitDirectory   the unit directory (editable by hand; see src/units/directory.ts)
//   audit.jsonl  AuditEntry per line, append-only
//   backups/     timestamped copies made before every import
//
// Plans are large and change rarely; state changes with every report, so a report never rewrites the
// 50k-assignment plans file, and appends only what it changed to the state journal.

import type { Deadline, PlanWarning, Task, UnitRole } from '../plan/types.ts';

export type PlanStatus = 'active' | 'archived';

export interface StoredTask extends Task {
  /** Short number liaisons use in chat (「任务12」), unique across all plans in the store. */
  number: number;
}

export interface StoredPlan {
  /** 'P1', 'P2', … */
  id: string;
  title: string;
  year: number | null;
  /** File name it was imported from, and the sha256 of its bytes (re-import of the same file is a no-op). */
  sourceName: string;
  sourceHash: string;
  importedAt: string;
  status: PlanStatus;
  /** 1 for the first import; +1 for each corrected version imported over it. */
  version?: number;
  tasks: StoredTask[];
  warnings: PlanWarning[];
}

/** One task × one responsible unit. The id is stable across re-imports: `${planId}/${taskKey}/${unit}`. */
export interface Assignment {
  id: string;
  planId: string;
  taskId: string;
  /** Canonical unit name from the directory. */
  unit: string;
  role: UnitRole;
  deadline: Deadline;
}

export interface PlansData {
  version: 1;
  plans: StoredPlan[];
  assignments: Assignment[];
  /** Next free task number. */
  nextTaskNumber: number;
}

export type Channel = 'bot' | 'app' | 'cli' | 'system';

/** The latest report on an assignment; no record means open. */
export interface Report {
  assignmentId: string;
  status: 'done' | 'returned';
  evidence: string | null;
  reportedBy: string;
  reportedAt: string;
  /** Set when an admin returned (退回) the report. */
  returnedBy?: string;
  returnedAt?: string;
  returnReason?: string;
}

export type Role = 'admin' | 'leader' | 'liaison';

export interface Binding {
  userId: string;
  unit: string;
  since: string;
}

export interface ProcessedMessage {
  /** channel + message id (or sender + CreateTime + event for events). */
  key: string;
  reply: string;
  at: string;
}

export interface RunRecord {
  /** e.g. 'weekly:2026-W48', 'reminder:2026-11-26' */
  key: string;
  at: string;
}

export interface StateData {
  version: 1;
  reports: Report[];
  bindings: Binding[];
  leaders: string[];
  processed: ProcessedMessage[];
  runs: RunRecord[];
}

export interface AuditEntry {
  at: string;
  actor: string;
  channel: Channel;
  msgId: string | null;
  action: string;
  before: unknown;
  after: unknown;
}
