// The lock that keeps two processes from writing one data file at once: the server and a CLI command
// (`plan import`, `units rename`) work on the same folder. Without it, each writes from its own copy
// of the data, and a snapshot taken by one erases what the other wrote since it last read the file.
// proper-lockfile holds it as a `<file>.lock` folder whose mtime it refreshes; a lock left by a
// process that died goes stale and is taken over.
import { mkdir } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import lockfile from 'proper-lockfile';
import { UserError } from '../errors.ts';
import type { Logger } from '../log.ts';

export interface WriteLock {
  /** Resolves once this process alone may write the file; rejects (UserError) when it stays taken. */
  acquire(): Promise<void>;
  /** Never rejects. */
  release(): Promise<void>;
}

/** A process that stops refreshing its lock for this long is taken to be gone. */
const STALE_MS = 20_000;
/** How long a writer waits for the other process: about 30 s in all. */
const RETRIES = { retries: 40, factor: 1.3, minTimeout: 20, maxTimeout: 1_000 };

/** `retries` (proper-lockfile's, as for the `retry` package) says how long to wait for the other process. */
export function fileLock(path: string, log: Logger, retries: lockfile.LockOptions['retries'] = RETRIES): WriteLock {
  /** The lock this process holds now. Each acquisition is its own object: a late word about an earlier one cannot touch it. */
  let held: { unlock: () => Promise<void> } | null = null;
  return {
    async acquire() {
      // A store opened without creating files makes its folder on the first write.
      await mkdir(dirname(path), { recursive: true });
      const mine: { unlock: () => Promise<void> } = { unlock: async () => {} };
      try {
        mine.unlock = await lockfile.lock(path, {
          realpath: false,
          stale: STALE_MS,
          retries,
          onCompromised: (e) => {
            // Someone removed or took over the lock while we held it (this process was stalled past
            // STALE_MS): say so; the next write takes the lock again. A refresh of a lock already
            // released may also end here: that is no news.
            if (held !== mine) return;
            held = null;
            log.error('data file lock was lost', { file: path, error: e });
          },
        });
      } catch (e) {
        if ((e as { code?: string }).code !== 'ELOCKED') throw e;
        // Also the answer a chat user gets: the file's name, not where the server keeps it.
        throw new UserError(`数据文件 ${basename(path)} 正被另一个进程写入（例如正在运行的服务或一条管理命令），请稍后再试。`);
      }
      held = mine;
    },
    // Never rejects: a lock that cannot be removed goes stale and is taken over.
    async release() {
      const mine = held;
      held = null;
      await mine?.unlock().catch((e: unknown) => log.error('could not release a data file lock', { file: path, error: e }));
    },
  };
}
