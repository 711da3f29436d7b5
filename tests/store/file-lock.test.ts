// The data file lock between processes (src/store/file-lock.ts): a second writer waits, gives up with
// a clear message, and takes over a lock whose holder died.
import { existsSync, mkdirSync, utimesSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fileLock } from '../../src/store/file-lock.ts';
import { createLogger } from '../../src/log.ts';
import { tempDir } from './helpers.ts';

const log = createLogger();
// The fs module proper-lockfile refreshes its locks with.
const lockFs = createRequire(createRequire(import.meta.url).resolve('proper-lockfile'))('graceful-fs');
const noWait = { retries: 0 };

describe('fileLock', () => {
  it('keeps a second writer out until the first releases, and tells it why', async () => {
    const file = join(tempDir(), 'state.json');
    const first = fileLock(file, log);
    await first.acquire();
    await expect(fileLock(file, log, noWait).acquire()).rejects.toThrow(/state\.json 正被另一个进程写入.*请稍后再试/);
    const waiting = fileLock(file, log).acquire();
    await first.release();
    await expect(waiting).resolves.toBeUndefined();
  });

  it('takes over a lock its holder stopped refreshing (a process that died while writing)', async () => {
    const file = join(tempDir(), 'state.json');
    mkdirSync(`${file}.lock`);
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(`${file}.lock`, minuteAgo, minuteAgo);
    await expect(fileLock(file, log, noWait).acquire()).resolves.toBeUndefined();
  });

  it('creates the folder of a store opened without creating files', async () => {
    const file = join(tempDir(), 'new', 'state.json');
    const lock = fileLock(file, log, noWait);
    await lock.acquire();
    await lock.release();
    await expect(fileLock(file, log, noWait).acquire()).resolves.toBeUndefined();
  });

  it('keeps a lock taken again when the refresh of the one released before it answers late', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const realStat = lockFs.stat;
    try {
      const file = join(tempDir(), 'state.json');
      const lock = fileLock(file, log, noWait);
      await lock.acquire();
      // proper-lockfile refreshes a held lock every 10 s, starting with a stat of it. Hold that stat
      // back until the queue has released the lock and taken it again, as a busy thread pool may.
      let answerLate = (): void => undefined;
      lockFs.stat = (p: string, cb: (e: Error | null) => void) => {
        lockFs.stat = realStat;
        answerLate = () => cb(Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' }));
      };
      vi.advanceTimersByTime(10_000);
      expect(lockFs.stat).toBe(realStat);
      await lock.release();
      await lock.acquire();
      answerLate();
      await lock.release();
      expect(existsSync(`${file}.lock`)).toBe(false);
      await expect(fileLock(file, log, noWait).acquire()).resolves.toBeUndefined();
    } finally {
      lockFs.stat = realStat;
      vi.useRealTimers();
    }
  });
});
