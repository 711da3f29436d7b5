// A data file kept as a snapshot plus an append-only journal, so that a write costs what changed, not
// the whole file: state.json holds the snapshot and the last journal sequence it includes, and
// state.journal.jsonl one line per grouped write (records upserted and keys removed, ./delta.ts).
// Reading replays the lines after the snapshot's sequence. Past a threshold a write becomes a new
// snapshot (atomic: temp + rename + fsync) and the journal is emptied; a crash between the two leaves
// lines the snapshot already holds, which replay skips by sequence (and would apply idempotently).
// The threshold grows with the snapshot: a snapshot rewrites the whole state, so taking one every
// 1,000 lines would make each write's share of them grow with every report stored. Past 2 MB the
// journal may grow as large as the snapshot, which keeps that share, and the replay at open, bounded.
// Offers the JsonFile interface, so the write queue needs no other path.
import { statSync } from 'node:fs';
import type { Logger } from '../log.ts';
import { applyDeltas, diff, isEmptyDelta, type Delta, type KeyTable } from './delta.ts';
import type { JsonFile } from './json-file.ts';
import { journal, type JournalLine } from './journal.ts';

type Snapshot<T> = T & { journalSeq?: number };
type Line = JournalLine & Delta;

/** When the journal is folded into a snapshot of up to `bytes`; past that, both scale with the snapshot. */
export interface CompactAt {
  lines: number;
  bytes: number;
}

export const COMPACT_AT: CompactAt = { lines: 1_000, bytes: 2 * 1024 * 1024 };

export interface JournaledFile<T> extends JsonFile<T> {
  /** Writes the snapshot now and empties the journal (before a backup). */
  compact(): Promise<void>;
  /** Journal appends and snapshots made since open. */
  counts(): { appends: number; snapshots: number };
  /** Releases the journal's open file. */
  close(): void;
}

export function journaledFile<T extends object>(
  snapshot: JsonFile<Snapshot<T>>, journalPath: string, keys: KeyTable, log: Logger, compactAt: CompactAt = COMPACT_AT,
): JournaledFile<T> {
  const lines = journal<Line>(journalPath, log);
  // The data as on disk, which the next write is compared with; and the last sequence on disk.
  let base: T | null = null;
  let seq = 0;
  let appends = 0;
  let snapshots = 0;
  /** The size of state.json as last read or written. */
  let snapshotBytes = 0;
  const measureSnapshot = () => {
    snapshotBytes = statSync(snapshot.path, { throwIfNoEntry: false })?.size ?? 0;
  };
  const compactionDue = (size: { lines: number; bytes: number }): boolean => {
    const scale = Math.max(1, snapshotBytes / compactAt.bytes);
    return size.lines >= compactAt.lines * scale || size.bytes >= compactAt.bytes * scale;
  };

  const replay = (snap: Snapshot<T> | null): T | null => {
    const { lines: all } = lines.readSync();
    // No state.json: a journal left beside it has nothing to apply to; creating the file empties it.
    if (!snap) return (base = null);
    measureSnapshot();
    const { journalSeq = 0, ...data } = snap;
    const newer = all.filter((l) => l.seq > journalSeq);
    seq = all.reduce((max, l) => Math.max(max, l.seq), journalSeq);
    base = applyDeltas(data as T, newer, keys);
    return base;
  };

  const writeSnapshot = async (data: T) => {
    await snapshot.write({ ...data, journalSeq: seq });
    measureSnapshot();
    await lines.clear();
    snapshots++;
    base = data;
  };

  const write = async (data: T) => {
    if (!base || compactionDue(lines.size())) return writeSnapshot(data);
    const delta = diff(base, data, keys);
    if (isEmptyDelta(delta)) return void (base = data);
    await lines.append({ seq: seq + 1, ...delta });
    seq++;
    appends++;
    base = data;
  };

  return {
    path: snapshot.path,
    read: async () => replay(await snapshot.read()),
    readSync: () => replay(snapshot.readSync()),
    write,
    // Either file changing means another process wrote.
    stamp: () => {
      const s = snapshot.stamp();
      return s === null ? null : `${s}|${lines.stamp()}`;
    },
    compact: async () => {
      if (base && lines.size().lines > 0) await writeSnapshot(base);
    },
    counts: () => ({ appends, snapshots }),
    close: lines.close,
  };
}
