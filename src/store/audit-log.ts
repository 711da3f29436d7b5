// audit.jsonl: one AuditEntry per line, append-only. Appends are serialised so lines from the three
// data files' writers never interleave, and each append is flushed to disk before it resolves.
import { mkdir, open } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { AuditEntry } from './schema.ts';

export interface AuditLog {
  readonly path: string;
  append(entries: AuditEntry[]): Promise<void>;
}

export function auditLog(path: string): AuditLog {
  let tail: Promise<void> = Promise.resolve();
  let folderReady = false;
  const append = (entries: AuditEntry[]): Promise<void> => {
    if (entries.length === 0) return tail;
    const text = entries.map((e) => JSON.stringify(e)).join('\n') + '\n';
    const done = tail.then(async () => {
      if (!folderReady) await mkdir(dirname(path), { recursive: true });
      folderReady = true;
      await appendDurably(path, text);
    });
    tail = done.catch(() => undefined);
    return done;
  };
  return { path, append };
}

async function appendDurably(path: string, text: string): Promise<void> {
  const fh = await open(path, 'a');
  try {
    await fh.appendFile(text, 'utf8');
    await fh.datasync();
  } finally {
    await fh.close();
  }
}
