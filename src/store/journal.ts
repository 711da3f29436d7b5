// An append-only journal file, one JSON object per line, each carrying a sequence number. An append
// is on disk (O_DSYNC, ./durable-append.ts) before it resolves. A crash mid-append can leave a torn
// last line: reading skips it with a warning, and the next append cuts it off first, so it never
// becomes a corrupt line in the middle.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { UserError } from '../errors.ts';
import type { Logger } from '../log.ts';
import { durableAppend } from './durable-append.ts';

export interface JournalLine {
  seq: number;
}

export interface JournalContents<L extends JournalLine> {
  lines: L[];
  /** Bytes of whole lines; anything after them is a torn append. */
  bytes: number;
}

export interface Journal<L extends JournalLine> {
  readonly path: string;
  readSync(): JournalContents<L>;
  append(line: L): Promise<void>;
  /** Empties the journal (after its lines went into a snapshot). */
  clear(): Promise<void>;
  /** Lines and bytes written since the journal was last empty, as far as this process knows. */
  size(): { lines: number; bytes: number };
  stamp(): string | null;
  close(): void;
}

export function journal<L extends JournalLine>(path: string, log: Logger): Journal<L> {
  let lines = 0;
  let bytes = 0;
  // Set when the file may end in a torn line (seen on read, or an append that failed half-way).
  let cutTo: number | null = null;
  const file = durableAppend(path);

  const readSync = (): JournalContents<L> => {
    if (!existsSync(path)) return (lines = 0, bytes = 0, cutTo = null, { lines: [], bytes: 0 });
    const text = readFileSync(path, 'utf8');
    const end = text.lastIndexOf('\n') + 1;
    const parsed = text.slice(0, end).split('\n').slice(0, -1).map((line, i) => parseLine<L>(path, line, i + 1));
    const whole = Buffer.byteLength(text.slice(0, end));
    // Warned once per torn tail, though the open reads the journal more than once.
    if (end < text.length && cutTo !== whole) {
      log.warn('状态日志最后一行不完整（写入时进程中断），已忽略', { file: path, bytes: Buffer.byteLength(text) - whole });
    }
    cutTo = end < text.length ? whole : null;
    lines = parsed.length;
    bytes = whole;
    return { lines: parsed, bytes: whole };
  };

  const append = async (line: L): Promise<void> => {
    const text = JSON.stringify(line) + '\n';
    if (cutTo !== null) await file.truncate(cutTo);
    cutTo = bytes;
    await file.append(text);
    cutTo = null;
    lines++;
    bytes += Buffer.byteLength(text);
  };

  const clear = async (): Promise<void> => {
    await file.truncate(0);
    lines = 0;
    bytes = 0;
    cutTo = null;
  };

  const stamp = () => {
    const st = statSync(path, { throwIfNoEntry: false });
    return st ? `${st.ino}:${st.size}:${st.mtimeMs}` : null;
  };

  return { path, readSync, append, clear, size: () => ({ lines, bytes }), stamp, close: file.close };
}

// A whole line that does not parse was not torn by a crash: the file was damaged, and guessing would
// lose confirmed reports, so the open stops with the file's name.
function parseLine<L extends JournalLine>(path: string, line: string, n: number): L {
  try {
    const value = JSON.parse(line) as L;
    if (typeof value?.seq !== 'number') throw new Error('缺少 seq');
    return value;
  } catch (e) {
    throw new UserError(`状态日志 ${path} 第${n}行已损坏（${(e as Error).message}）。请从 backups/ 中恢复 state.json 并删除 ${basename(path)}，或修正该行后重试。`);
  }
}
