// Temp data folders and file fingerprints for store, import and CLI tests.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { openStore } from '../../src/store/open-store.ts';
import { freezeChanges, workingCopy } from '../../src/store/working-copy.ts';
import type { StateData } from '../../src/store/schema.ts';
import type { WriteContext } from '../../src/store/store.ts';

export const tempDir = (prefix = 'duban-store-'): string => mkdtempSync(join(tmpdir(), prefix));

export const cliCtx: WriteContext = { actor: 'admin', channel: 'cli', msgId: null };

/**
 * sha256 of every file under `dir` (recursively), keyed by relative path: equal maps = byte-for-byte equal folders.
 * An entry gone between listing and reading is skipped: a write lock (an empty `<file>.lock` folder) may
 * still be going away just after an update resolved. `lockFolders` finds a lock left behind.
 */
export function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const gone = (e: unknown) => (e as { code?: string }).code === 'ENOENT';
  const walk = (d: string) => {
    let names: string[];
    try {
      names = readdirSync(d);
    } catch (e) {
      if (d !== dir && gone(e)) return;
      throw e;
    }
    for (const name of names) {
      const p = join(d, name);
      const st = statSync(p, { throwIfNoEntry: false });
      if (!st) continue;
      if (st.isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

/** The write locks present in `dir`: none once a store is closed, whatever its updates did. */
export const lockFolders = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.lock'));

export const readJson = (path: string): any => JSON.parse(readFileSync(path, 'utf8'));
export const readAudit = (dir: string): any[] =>
  readFileSync(join(dir, 'audit.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

/** The state as a fresh process would read it from disk: state.json plus its journal, replayed. */
export const stateOnDisk = async (dir: string): Promise<StateData> => (await openStore(dir, { create: false })).state() as StateData;

export const journalLines = (dir: string): any[] => {
  const path = join(dir, 'state.journal.jsonl');
  return existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
};

/** One store write without the files: a working copy, the mutation, then the commit's freeze. */
export function writeInMemory<T extends object>(base: T, mutate: (data: T) => void): T {
  const working = workingCopy(base);
  mutate(working);
  return freezeChanges(working, base);
}

/** The slots of `to` whose records are not `from[i + shift]`: what a full comparison finds, for
 *  checking the store's lineage against. */
export const comparedSlots = <T>(from: readonly T[], to: readonly T[], shift: number): number[] =>
  to.flatMap((r, i) => (r === from[i + shift] ? [] : [i]));
