// The data file lock between processes (src/store/file-lock.ts): a second writer waits, gives up with
// a clear message, and takes over a lock whose holder died.
import { mkdirSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileLock } from '../../src/store/file-lock.ts';
import { createLogger } from '../../src/log.ts';
import { tempDir } from './helpers.ts';

const log = createLogger();
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
});
