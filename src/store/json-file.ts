// One lowdb JSON file: read at open (created with defaults when absent, a clear error when corrupt) and
// written atomically. lowdb's DataFile writes through steno: the whole text goes to `.<name>.tmp`
// beside the file, which is then renamed over it, so a crash mid-write leaves the previous file whole.
import { DataFile } from 'lowdb/node';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, open } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { UserError } from '../errors.ts';

export interface JsonFile<T> {
  readonly path: string;
  /** The data on disk, or null when the file does not exist. */
  read(): Promise<T | null>;
  /** Atomic replace: resolves once the new text has been renamed over the file. */
  write(data: T): Promise<void>;
  /** Which version of the file is on disk (inode, size, mtime), or null when absent; cheap (one stat). */
  stamp(): string | null;
  /** Synchronous read, for picking up a change another process made (a CLI import beside the server). */
  readSync(): T | null;
}

/** `pretty` for files people edit by hand (units.json); compact for the large ones. */
export function jsonFile<T>(path: string, check: (data: unknown) => string | null, pretty = false): JsonFile<T> {
  const file = new DataFile<T>(path, {
    parse: (text) => parseOrExplain(path, text, check) as T,
    stringify: (data) => (pretty ? JSON.stringify(data, null, 2) : JSON.stringify(data)) + '\n',
  });
  let folderReady = false;
  const write = async (data: T) => {
    // A store opened without creating files makes its folder on the first write.
    if (!folderReady) await mkdir(dirname(path), { recursive: true });
    folderReady = true;
    await file.write(data);
    await flushToDisk(path);
  };
  const stamp = () => {
    const st = statSync(path, { throwIfNoEntry: false });
    return st ? `${st.ino}:${st.size}:${st.mtimeMs}` : null;
  };
  const readSync = () => (existsSync(path) ? (parseOrExplain(path, readFileSync(path, 'utf8'), check) as T) : null);
  return { path, read: () => file.read(), write, stamp, readSync };
}

// steno renames a fully written temp file over the old one, which survives a process crash; flushing
// the new file and its folder entry makes the write survive a power cut too before anyone is told.
async function flushToDisk(path: string): Promise<void> {
  for (const p of [path, dirname(path)]) {
    const fh = await open(p, 'r');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
  }
}

// A damaged store must stop the program with the file's name; replacing it with defaults would
// silently lose every plan and completion record.
function parseOrExplain(path: string, text: string, check: (data: unknown) => string | null): unknown {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new UserError(`数据文件 ${path} 已损坏，无法解析（${(e as Error).message}）。请从 backups/ 中恢复 ${basename(path)}，或修正后重试。`);
  }
  const problem = check(data);
  if (problem) throw new UserError(`数据文件 ${path} 格式不对：${problem}。请从 backups/ 中恢复 ${basename(path)}，或修正后重试。`);
  return data;
}
