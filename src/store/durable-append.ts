// Appends to a file, each append on disk before it resolves, keeping the file open between appends.
// The file is opened with O_DSYNC, so one write() is both the append and its flush (what fdatasync
// would do): under load each awaited file operation waits a whole event-loop turn behind the
// server's other requests, and open + write + sync + close per append cost four of them; this costs one.
// Raw descriptors (not FileHandle) so a store that is never closed does not warn when collected.
import { closeSync, constants, fstatSync, fsyncSync, ftruncate, mkdirSync, openSync, statSync, write } from 'node:fs';
import { dirname } from 'node:path';
import { promisify } from 'node:util';

const writeAsync = promisify(write) as unknown as (fd: number, text: string) => Promise<{ bytesWritten: number }>;
const truncateAsync = promisify(ftruncate);
const APPEND_DURABLY = constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_DSYNC;

export interface DurableAppend {
  append(text: string): Promise<void>;
  /** Cuts the file to `length` bytes (a torn tail, or emptying a journal). */
  truncate(length: number): Promise<void>;
  close(): void;
}

export function durableAppend(path: string): DurableAppend {
  let fd: number | null = null;
  let ino = -1;

  // Reopens when the file was removed or replaced behind our back (a restore, a test), so appends
  // never go to an unlinked file.
  const descriptor = (): number => {
    const onDisk = statSync(path, { throwIfNoEntry: false });
    if (fd !== null && onDisk?.ino === ino) return fd;
    if (fd !== null) closeSync(fd);
    fd = null;
    const created = !onDisk;
    if (created) mkdirSync(dirname(path), { recursive: true });
    const opened = openSync(path, APPEND_DURABLY, 0o644);
    fd = opened;
    ino = fstatSync(opened).ino;
    if (created) syncFolder(path);
    return opened;
  };

  return {
    append: async (text) => {
      const f = descriptor();
      const { bytesWritten } = await writeAsync(f, text);
      // A short write (disk full) leaves a torn tail; the caller cuts it off before its next append.
      if (bytesWritten !== Buffer.byteLength(text)) throw new Error(`写入 ${path} 不完整（${bytesWritten} 字节）`);
    },
    truncate: async (length) => {
      if (!statSync(path, { throwIfNoEntry: false })) return;
      const f = descriptor();
      await truncateAsync(f, length);
    },
    close: () => {
      if (fd !== null) closeSync(fd);
      fd = null;
    },
  };
}

// A new file's folder entry must survive a power cut too; done once, when the file is created.
function syncFolder(path: string): void {
  const dir = openSync(dirname(path), 'r');
  try {
    fsyncSync(dir);
  } finally {
    closeSync(dir);
  }
}
