// The store's public face. Every change goes through update*: serialised, grouped with concurrent
// writes into one atomic write (for state, one journal line), recorded in the audit log, and on disk
// before the promise resolves.
// Implementation: openStore(dataDir) in ./open-store.ts (one write queue per file, ./write-queue.ts).
//
// Records are frozen once committed and shared between versions: inside a mutation, add, remove or
// REPLACE records in the arrays (`data.reports[i] = { ...old, status: 'returned' }`); editing a record
// in place throws a TypeError, which (like any throw) leaves the store unchanged. Hot writes go through
// edit(data, 'reports') (./working-copy.ts): record by record, so they cost the same at any store size.
import type { AuditEntry, Channel, PlansData, StateData } from './schema.ts';
import type { UnitDirectory } from '../units/types.ts';

export interface WriteContext {
  actor: string;
  channel: Channel;
  msgId: string | null;
}

/** One audited change, returned by a mutation: what it did, and the record before and after. */
export type Change = Pick<AuditEntry, 'action' | 'before' | 'after'>;

/** Changes `data` (a working copy of `base`) and says what it changed. Indexes kept over committed
 *  versions can answer for `base` cheaply, not for the working copy. Writes grouped into one file write
 *  share the working copy: `data` then also holds the changes of those before this one, which lookups
 *  through `base` add with pendingRecords (./working-copy.ts). */
export type Mutation<T> = (data: T, base: Readonly<T>) => Change[];

export interface Store {
  readonly dataDir: string;
  /** Current data. Treat as read-only; each update replaces the object, so caches keyed by identity stay valid. */
  plans(): Readonly<PlansData>;
  state(): Readonly<StateData>;
  directory(): Readonly<UnitDirectory>;
  /** Applies `mutate` to a working copy of the latest data (which may include writes not yet on disk);
   *  if it throws, nothing it did is kept and nothing is written for it. */
  updateState(ctx: WriteContext, mutate: Mutation<StateData>): Promise<Change[]>;
  updatePlans(ctx: WriteContext, mutate: Mutation<PlansData>): Promise<Change[]>;
  updateDirectory(ctx: WriteContext, mutate: Mutation<UnitDirectory>): Promise<Change[]>;
  /** Copies the store's files into backups/<timestamp>/ and returns that folder. */
  backup(): Promise<string>;
  close(): Promise<void>;
}
