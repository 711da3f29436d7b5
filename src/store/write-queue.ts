// The one write path of a data file. Mutations run one at a time; those that arrive while a write is
// in flight are grouped into the next single file write (for state.json, one journal line:
// ./journaled-file.ts), and every waiter resolves only once its data and its audit entries are on
// disk. Readers see committed data only.
//
// Another process may write the same file (a CLI command beside the server). The file's lock
// (./file-lock.ts) is taken by the first mutation after the queue was idle, which then reads what the
// other process wrote, and is held until the queue is idle again: no mutation runs on data another
// process has since changed, and no write (nor a snapshot) erases what it wrote.
//
// The grouped mutations also share one working copy (a batch), frozen once when its write starts:
// a completion report edits a record or two, and copying the 5,000-report array for each of a dozen
// reports in one write was most of what a report cost. A mutation that throws is undone in the batch.
// A mutation that touches an array directly (not through edit) ends the batch: that array is edited
// in place, which could not be undone.
import type { AuditLog } from './audit-log.ts';
import type { WriteLock } from './file-lock.ts';
import { deepFreeze } from './freeze.ts';
import { editedSince, freezeChanges, markEdits, touchedDirectly, undoEdits, workingCopy } from './working-copy.ts';
import type { JsonFile } from './json-file.ts';
import type { AuditEntry } from './schema.ts';
import type { Change, Mutation, WriteContext } from './store.ts';

interface Pending {
  entries: AuditEntry[];
  changes: Change[];
  resolve: (changes: Change[]) => void;
  reject: (e: unknown) => void;
}

export interface WriteQueue<T> {
  /** The last data written to disk (frozen; replaced by each write). */
  current(): T;
  update(ctx: WriteContext, mutate: Mutation<T>): Promise<Change[]>;
  /** Resolves when nothing is waiting to be written. */
  idle(): Promise<void>;
  /** How many file writes have been made, for tests and benches. */
  writes(): number;
  /** Runs `job` inside the write loop, between two grouped writes (e.g. compacting before a backup). */
  exclusive<R>(job: () => Promise<R>): Promise<R>;
}

export interface WriteQueueOptions<T> {
  file: JsonFile<T>;
  audit: AuditLog;
  initial: T;
  /** The file's stamp taken before `initial` was read from it: a write by another process since is picked up. */
  initialStamp: string | null;
  now: () => Date;
  /** Keeps other processes from writing the file while this queue has work. */
  lock: WriteLock;
  /** Housekeeping after each mutation (e.g. capping processed message ids); not audited. */
  tidy?: (data: T) => void;
  /** How often reads look for a change made by another process, in ms (updates look once they hold the lock). */
  watchMs?: number;
}

export function writeQueue<T extends object>({ file, audit, lock, initial, initialStamp, now, tidy, watchMs = 1000 }: WriteQueueOptions<T>): WriteQueue<T> {
  let committed = deepFreeze(initial);
  /** The latest frozen data: committed, or ahead of it by writes waiting for the disk. */
  let latest = committed;
  /** Mutations made since `latest`, not yet frozen: their working copy, made from `latest`. */
  let batch: { working: T; edited: boolean } | null = null;
  let queue: Pending[] = [];
  let jobs: Array<() => Promise<void>> = [];
  let flushing: Promise<void> | null = null;
  /** The last update queued for writing: once it is on disk, so is everything `latest` holds. */
  let lastQueued: Promise<Change[]> | null = null;
  let writeCount = 0;
  let onDisk = initialStamp;
  let lastLook = Date.now();
  /** Whether this queue holds the file's lock: from the first work after idle until idle again. */
  let held = false;
  /** Work that arrived while the lock was not held, in order. */
  let waitingForLock: Array<{ run: () => void; fail: (e: unknown) => void }> = [];
  /** Taking the lock, while work waits for it. */
  let taking: Promise<void> | null = null;
  let releasing: Promise<void> = Promise.resolve();

  // Another process (`plan import` from the CLI while the bot runs) changed the file: take its data,
  // so the bot sees the new plan and our next write does not undo it. Only while this queue does not
  // hold the lock (when it does, nobody else writes). A file that no longer parses keeps the last
  // good data for reads, and refuses updates (the error names the file).
  function pickUpOutsideChange(): void {
    lastLook = Date.now();
    const stamp = file.stamp();
    if (stamp === onDisk || stamp === null) return;
    const data = file.readSync();
    if (data) committed = latest = deepFreeze(data);
    onDisk = stamp;
  }

  async function flush(): Promise<void> {
    // Let updates made in the same tick join the first write.
    await null;
    while (queue.length > 0 || jobs.length > 0) {
      const due = jobs;
      jobs = [];
      for (const job of due) await job();
      if (queue.length === 0) continue;
      const waiting = queue;
      queue = [];
      freezeBatch();
      const snapshot = latest;
      try {
        // Audit and data are flushed side by side; both must be on disk before anyone is told.
        const done = await Promise.allSettled([audit.append(waiting.flatMap((p) => p.entries)), file.write(snapshot)]);
        const failed = done.find((r): r is PromiseRejectedResult => r.status === 'rejected');
        if (failed) throw failed.reason;
        onDisk = file.stamp();
        writeCount++;
        committed = snapshot;
        for (const p of waiting) p.resolve(p.changes);
      } catch (e) {
        // The audit may now list changes that never reached the data file:
        // say so in the audit too (best effort: the disk may be what failed).
        await audit.append([{ at: now().toISOString(), actor: 'system', channel: 'system', msgId: null, action: 'write.failed', before: null, after: { file: file.path, error: String(e), entries: waiting.reduce((n, p) => n + p.entries.length, 0) } }]).catch(() => undefined);
        // Updates queued meanwhile were built on the failed data: they fail too, and the next update
        // starts again from what is on disk.
        const failed = [...waiting, ...queue];
        queue = [];
        batch = null;
        latest = committed;
        for (const p of failed) p.reject(e);
      }
    }
    flushing = null;
    releaseIfIdle();
  }

  /** Freezes the open batch: `latest` then holds its mutations. */
  function freezeBatch(): void {
    if (batch?.edited) latest = freezeChanges(batch.working, latest);
    batch = null;
  }

  /** Runs `work` while this queue holds the lock: at once if it does, else once it has taken it. */
  function whenHeld<R>(work: () => Promise<R>): Promise<R> {
    if (!held) {
      return new Promise<R>((resolve, reject) => {
        waitingForLock.push({ run: () => void whenHeld(work).then(resolve, reject), fail: reject });
        taking ??= takeLock();
      });
    }
    // A mistake that throws at once must still reach its caller as a rejection, and not stop the
    // work waiting behind it from running.
    let done: Promise<R>;
    try {
      done = work();
    } catch (e) {
      done = Promise.reject(e);
    }
    queueMicrotask(releaseIfIdle);
    return done;
  }

  async function takeLock(): Promise<void> {
    // Done taking before anyone hears: work a waiter starts at once (a retry from its catch) must
    // take the lock anew, not wait behind this attempt.
    const waiting = () => {
      const w = waitingForLock;
      waitingForLock = [];
      taking = null;
      return w;
    };
    try {
      await releasing;
      await lock.acquire();
    } catch (e) {
      for (const w of waiting()) w.fail(e);
      return;
    }
    try {
      pickUpOutsideChange();
    } catch (e) {
      releasing = lock.release();
      for (const w of waiting()) w.fail(e);
      return;
    }
    held = true;
    for (const w of waiting()) w.run();
  }

  function releaseIfIdle(): void {
    if (!held || flushing || batch) return;
    held = false;
    releasing = lock.release();
  }

  function update(ctx: WriteContext, mutate: Mutation<T>): Promise<Change[]> {
    return whenHeld(() => mutateAndQueue(ctx, mutate));
  }

  function mutateAndQueue(ctx: WriteContext, mutate: Mutation<T>): Promise<Change[]> {
    let changes: Change[];
    let edited: boolean;
    const open = (batch ??= { working: workingCopy(latest), edited: false });
    const mark = markEdits(open.working);
    try {
      changes = mutate(open.working, latest);
      if (!Array.isArray(changes)) throw new TypeError('a mutation must return the changes it made (an array)');
      tidy?.(open.working);
      edited = editedSince(open.working, mark);
    } catch (e) {
      undoEdits(open.working, mark);
      if (!open.edited) batch = null;
      return Promise.reject(e);
    }
    // Nothing changed (e.g. a repeated report): no write. But the data it read may still be on its way
    // to disk (a retry that finds its first attempt's reply): answer once that write is there, and
    // fail with it if it fails, so nobody is told of a change that never reached the disk.
    if (changes.length === 0 && !edited) {
      // Drops any array it only read, so the batch goes on with record-by-record edits.
      undoEdits(open.working, mark);
      if (open.edited) return new Promise((resolve, reject) => queue.push({ entries: [], changes, resolve, reject }));
      batch = null;
      return latest === committed || !lastQueued ? Promise.resolve([]) : lastQueued.then(() => []);
    }
    open.edited = true;
    if (touchedDirectly(open.working)) freezeBatch();
    const at = now().toISOString();
    const entries = changes.map((c) => ({ at, actor: ctx.actor, channel: ctx.channel, msgId: ctx.msgId, ...c }));
    const queued = new Promise<Change[]>((resolve, reject) => {
      queue.push({ entries, changes, resolve, reject });
      flushing ??= flush();
    });
    lastQueued = queued;
    return queued;
  }

  return {
    current: () => {
      try {
        if (!held && Date.now() - lastLook >= watchMs) pickUpOutsideChange();
      } catch {
        // Unreadable outside edit: keep answering from the last good data; updates report the error.
      }
      return committed;
    },
    update,
    idle: async () => {
      while (taking || flushing) await (taking ?? flushing);
      await releasing;
    },
    writes: () => writeCount,
    exclusive: <R>(job: () => Promise<R>) =>
      whenHeld(() => new Promise<R>((resolve, reject) => {
        jobs.push(() => job().then(resolve, reject));
        flushing ??= flush();
      })),
  };
}
