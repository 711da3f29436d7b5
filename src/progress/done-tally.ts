// How many assignments each unit has done (and how many of those were late), kept up to date from the
// reports that changed instead of rescanning every report. The store says which slots each write
// changed (store/lineage.ts); arrays it cannot vouch for are compared slot by slot (a pointer compare
// per report). Anything else (a shorter array, another assignment in a slot, duplicate reports) falls
// back to a full count, so the figures are always those of a rescan.
import { changesSince } from '../store/lineage.ts';
import type { Report, StateData } from '../store/schema.ts';
import { pendingRecords } from '../store/working-copy.ts';
import type { Agenda } from './agenda.ts';

export interface DoneTally {
  /** Done assignments per unit (units with none are absent). */
  done: ReadonlyMap<string, number>;
  /** Of those, how many are past their date on the agenda's day. */
  lateDone: ReadonlyMap<string, number>;
  doneTotal: number;
  lateDoneTotal: number;
}

/** The last reports array counted for an agenda, with its latest report per assignment id. */
interface Position {
  reports: readonly Report[];
  latest: Map<string, Report>;
  tally: DoneTally;
  /** Bumped per unit and per task whenever one of its reports changes: lets callers keep what they
   *  built for a unit or a task. */
  changed: Map<string, number>;
  /** Which full count this position started from (stamps of different counts never match). */
  count: number;
}

let counts = 0;
/** Full counts made so far (each a pass over every report), for tests. */
let fullCounts = 0;
export const fullCountsMade = (): number => fullCounts;

const positions = new WeakMap<Agenda, Position>();
const results = new WeakMap<Agenda, WeakMap<readonly Report[], DoneTally>>();

/** The done figures of `reports` (a state's report list) against the agenda's assignments and day. */
export function doneTally(agenda: Agenda, reports: readonly Report[]): DoneTally {
  let byArray = results.get(agenda);
  if (!byArray) results.set(agenda, (byArray = new WeakMap()));
  const cached = byArray.get(reports);
  if (cached) return cached;
  const tally = stepOrCount(agenda, reports);
  // Only a committed (frozen) array can be a cache key: a working copy may still change.
  if (Object.isFrozen(reports)) byArray.set(reports, tally);
  return tally;
}

/**
 * Done assignments of one unit in `reports`, the data a write starts from, which is `committed` (what
 * queries read) or ahead of it by the writes still on their way to disk. The count is first moved to
 * `committed`; the unit's share of the changes from there to `reports` is added, without moving the
 * count off the committed data. Left where a query last put it, a run of reports with no query in
 * between would each look at every report since, or recount them all.
 */
export function unitDoneCount(agenda: Agenda, committed: readonly Report[], reports: readonly Report[], unit: string): number {
  doneTally(agenda, committed);
  const from = positions.get(agenda);
  const changes = from ? changesAhead(from, reports) : null;
  // No count to step from: count these once, without moving the count off the committed data.
  if (!from || !changes) return countAll(agenda, reports).tally.done.get(unit) ?? 0;
  return (from.tally.done.get(unit) ?? 0) + doneDelta(agenda, changes, unit);
}

/** How far `changes` move `unit`'s done count. */
function doneDelta(agenda: Agenda, changes: Iterable<ReportChange>, unit: string): number {
  let done = 0;
  for (const { before, after } of changes) {
    if (agenda.byId.get(after.assignmentId)?.assignment.unit !== unit) continue;
    done += (after.status === 'done' ? 1 : 0) - (before?.status === 'done' ? 1 : 0);
  }
  return done;
}

// The reports a count line looks at run ahead of the committed ones by the writes still in flight;
// every report batched into one write asks about the same pair of arrays.
let lastAhead: { from: Position; prev: readonly Report[]; next: readonly Report[]; changes: ReportChange[] | null } | null = null;

function changesAhead(from: Position, next: readonly Report[]): ReportChange[] | null {
  if (lastAhead?.from === from && lastAhead.prev === from.reports && lastAhead.next === next) return lastAhead.changes;
  const changes = changedReports(from, next);
  lastAhead = { from, prev: from.reports, next, changes };
  return changes;
}

/** How far the reports a working copy changed since it was copied (store/working-copy.ts) move
 *  `unit`'s done count. */
export const pendingDone = (agenda: Agenda, data: StateData, unit: string): number => doneDelta(agenda, pendingRecords(data, 'reports'), unit);

const unitKey = (unit: string) => `unit:${unit}`;
const taskStampKey = (planId: string, taskId: string) => `task:${planId}/${taskId}`;

function stampOf(agenda: Agenda, reports: readonly Report[], key: string): string | null {
  const at = positions.get(agenda);
  return at?.reports === reports ? `${at.count}:${at.changed.get(key) ?? 0}` : null;
}

/**
 * A stamp that stays the same as long as none of `unit`'s reports change, for the reports last
 * counted with doneTally(agenda, reports); null for any other array (then nothing may be reused).
 */
export const unitStamp = (agenda: Agenda, reports: readonly Report[], unit: string): string | null => stampOf(agenda, reports, unitKey(unit));

/** The same for the reports of one task (all its units). */
export const taskStamp = (agenda: Agenda, reports: readonly Report[], planId: string, taskId: string): string | null =>
  stampOf(agenda, reports, taskStampKey(planId, taskId));

function stepOrCount(agenda: Agenda, reports: readonly Report[]): DoneTally {
  const from = positions.get(agenda);
  const changes = from ? changedReports(from, reports) : null;
  if (!from || !changes) {
    const { latest, tally } = countAll(agenda, reports);
    if (Object.isFrozen(reports)) positions.set(agenda, { reports, latest, tally, changed: new Map(), count: ++counts });
    return tally;
  }
  const tally = apply(agenda, from.tally, changes);
  // Move forward only to data that can no longer change (frozen: what queries read, which is
  // committed data); the map then describes `reports` exactly.
  if (Object.isFrozen(reports)) {
    for (const c of changes) {
      from.latest.set(c.after.assignmentId, c.after);
      const a = agenda.byId.get(c.after.assignmentId)?.assignment;
      if (!a) continue;
      for (const key of [unitKey(a.unit), taskStampKey(a.planId, a.taskId)]) from.changed.set(key, (from.changed.get(key) ?? 0) + 1);
    }
    from.reports = reports;
    from.tally = tally;
  }
  return tally;
}

interface ReportChange {
  before: Report | undefined;
  after: Report;
}

/** The reports that differ from `from`'s, or null when the arrays are not one write apart. */
function changedReports(from: Position, next: readonly Report[]): ReportChange[] | null {
  const prev = from.reports;
  if (next.length < prev.length) return null;
  // A committed array knows the slots its writes changed (store/lineage.ts); others are compared in full.
  const known = changesSince(prev, next);
  if (known && known.shift !== 0) return null;
  const slots = known ? known.slots : changedSlots(prev, next);
  const changes: ReportChange[] = [];
  const added = new Set<string>();
  for (const i of slots) {
    const b = next[i]!;
    if (i < prev.length) {
      const a = prev[i]!;
      // Another assignment in this slot, or a slot that is not the one the index holds: recount.
      if (a.assignmentId !== b.assignmentId || from.latest.get(a.assignmentId) !== a) return null;
      changes.push({ before: a, after: b });
      continue;
    }
    // A second new report for one assignment in one write, or one that already had a report: recount.
    if (added.has(b.assignmentId) || from.latest.has(b.assignmentId)) return null;
    added.add(b.assignmentId);
    changes.push({ before: undefined, after: b });
  }
  return changes;
}

function changedSlots(prev: readonly Report[], next: readonly Report[]): number[] {
  const slots: number[] = [];
  for (let i = 0; i < next.length; i++) if (i >= prev.length || prev[i] !== next[i]) slots.push(i);
  return slots;
}

/** A fresh count: the latest report per assignment, done ones per unit. */
function countAll(agenda: Agenda, reports: readonly Report[]): { latest: Map<string, Report>; tally: DoneTally } {
  fullCounts++;
  const latest = new Map<string, Report>();
  for (const r of reports) latest.set(r.assignmentId, r);
  return { latest, tally: count(agenda, latest.values()) };
}

function count(agenda: Agenda, latest: Iterable<Report>): DoneTally {
  const done = new Map<string, number>();
  const lateDone = new Map<string, number>();
  let doneTotal = 0;
  let lateDoneTotal = 0;
  for (const r of latest) {
    const s = r.status === 'done' ? agenda.byId.get(r.assignmentId) : undefined;
    if (!s) continue;
    const unit = s.assignment.unit;
    done.set(unit, (done.get(unit) ?? 0) + 1);
    doneTotal++;
    if (s.late) (lateDone.set(unit, (lateDone.get(unit) ?? 0) + 1), lateDoneTotal++);
  }
  return { done, lateDone, doneTotal, lateDoneTotal };
}

function apply(agenda: Agenda, base: DoneTally, changes: ReportChange[]): DoneTally {
  const done = new Map(base.done);
  const lateDone = new Map(base.lateDone);
  let { doneTotal, lateDoneTotal } = base;
  for (const { before, after } of changes) {
    const delta = (after.status === 'done' ? 1 : 0) - (before?.status === 'done' ? 1 : 0);
    const s = delta ? agenda.byId.get(after.assignmentId) : undefined;
    if (!s) continue;
    const unit = s.assignment.unit;
    done.set(unit, (done.get(unit) ?? 0) + delta);
    doneTotal += delta;
    if (s.late) (lateDone.set(unit, (lateDone.get(unit) ?? 0) + delta), (lateDoneTotal += delta));
  }
  return { done, lateDone, doneTotal, lateDoneTotal };
}
