// Opens the data folder: reads (or creates) plans.json, state.json and units.json, and gives each its
// own write queue, so a report never rewrites the large plans.json. State changes go to an append-only
// journal beside state.json (state.journal.jsonl), so a report costs what it changed, not the state.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { UnitDirectory } from '../units/types.ts';
import { systemClock, type Clock } from '../time/china.ts';
import { createLogger, type Logger } from '../log.ts';
import { auditLog } from './audit-log.ts';
import { backupFiles } from './backup.ts';
import { fileLock } from './file-lock.ts';
import { emptyDirectory, emptyPlans, emptyState, shapeCheck, stateKeys } from './defaults.ts';
import { jsonFile, type JsonFile } from './json-file.ts';
import { COMPACT_AT, journaledFile, type CompactAt } from './journaled-file.ts';
import type { PlansData, StateData } from './schema.ts';
import type { Store } from './store.ts';
import { capProcessed } from './tidy-state.ts';
import { writeQueue, type WriteQueue } from './write-queue.ts';

export const DATA_FILES = ['plans.json', 'state.json', 'state.journal.jsonl', 'units.json', 'audit.jsonl'] as const;

export interface OpenStoreOptions {
  clock?: Clock;
  /** false: a missing folder or file is not created until the first write (read-only commands, previews). */
  create?: boolean;
  /** Reads look for changes made by another process at most this often (ms); default 1000. */
  watchMs?: number;
  /** Where a torn journal line found at open is reported; default stderr. */
  log?: Logger;
  /** When the state journal is folded into state.json; default 1,000 lines or 2 MB. */
  compactAt?: CompactAt;
}

/** The store plus figures for tests and benches. */
export interface OpenedStore extends Store {
  /** How many times each data file has been written since open (state: journal appends plus snapshots). */
  fileWrites(): { plans: number; state: number; directory: number };
  /** The state's journal appends and snapshots since open, for tests and benches. */
  stateWrites(): { appends: number; snapshots: number };
}

/** DUBAN_DATA_DIR, else ./data (resolved against the working directory). */
export function dataDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.DUBAN_DATA_DIR?.trim() || './data');
}

export async function openStore(dataDir: string, { clock = systemClock, create = true, watchMs, log = createLogger(), compactAt = COMPACT_AT }: OpenStoreOptions = {}): Promise<OpenedStore> {
  if (create) await mkdir(dataDir, { recursive: true });
  const audit = auditLog(join(dataDir, 'audit.jsonl'));
  /** A file as read at open, with its stamp taken before the read: a write another process makes in between is picked up later. */
  const readFile = async <T>(file: JsonFile<T>) => {
    const stamp = file.stamp();
    return { stamp, data: await file.read() };
  };
  const open = async <T extends object>(file: JsonFile<T>, found: { stamp: string | null; data: T | null }, defaults: T, tidy?: (d: T) => void): Promise<WriteQueue<T>> => {
    const lock = fileLock(file.path, log);
    let { stamp, data } = found;
    if (!data && create) {
      // Another process starting on the same new folder may be a step ahead: create the file under
      // its lock, and only if it is still missing.
      await lock.acquire();
      try {
        ({ stamp, data } = await readFile(file));
        if (!data) {
          await file.write(defaults);
          stamp = file.stamp();
        }
      } finally {
        await lock.release();
      }
    }
    const initial = data ? { ...defaults, ...data } : defaults;
    return writeQueue({ file, audit, lock, initial, initialStamp: stamp, now: clock, tidy, watchMs });
  };
  // Read all three before creating any, so a corrupt file stops the open without writing anything.
  const plansFile = jsonFile<PlansData>(join(dataDir, 'plans.json'), shapeCheck(['plans', 'assignments']));
  const stateSnapshot = jsonFile<StateData & { journalSeq?: number }>(join(dataDir, 'state.json'), shapeCheck(['reports', 'bindings']));
  const stateFile = journaledFile<StateData>(stateSnapshot, join(dataDir, 'state.journal.jsonl'), stateKeys, log, compactAt);
  const unitsFile = jsonFile<UnitDirectory>(join(dataDir, 'units.json'), shapeCheck(['units']), true);
  const [plansFound, stateFound, unitsFound] = await Promise.all([readFile(plansFile), readFile(stateFile), readFile(unitsFile)]);

  const plans = await open(plansFile, plansFound, emptyPlans());
  const state = await open(stateFile, stateFound, emptyState(), (d) => capProcessed(d, clock()));
  const units = await open(unitsFile, unitsFound, emptyDirectory());
  const all = [plans, state, units];

  return {
    dataDir,
    plans: () => plans.current(),
    state: () => state.current(),
    directory: () => units.current(),
    updatePlans: (ctx, mutate) => plans.update(ctx, mutate),
    updateState: (ctx, mutate) => state.update(ctx, mutate),
    updateDirectory: (ctx, mutate) => units.update(ctx, mutate),
    backup: async () => {
      await Promise.all(all.map((q) => q.idle()));
      // The copied state.json must hold every confirmed change: fold the journal into it first.
      await state.exclusive(() => stateFile.compact());
      return backupFiles(dataDir, ['plans.json', 'state.json', 'units.json'], clock());
    },
    close: async () => {
      await Promise.all(all.map((q) => q.idle()));
      stateFile.close();
      audit.close();
    },
    fileWrites: () => ({ plans: plans.writes(), state: state.writes(), directory: units.writes() }),
    stateWrites: () => stateFile.counts(),
  };
}
