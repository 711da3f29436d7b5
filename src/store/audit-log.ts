// audit.jsonl: one AuditEntry per line, append-only. Appends are serialised so lines from the three
// data files' writers never interleave, and each append is flushed to disk before it resolves.
import { durableAppend } from './durable-append.ts';
import type { AuditEntry } from './schema.ts';

export interface AuditLog {
  readonly path: string;
  append(entries: AuditEntry[]): Promise<void>;
  close(): void;
}

export function auditLog(path: string): AuditLog {
  let tail: Promise<void> = Promise.resolve();
  const file = durableAppend(path);
  const append = (entries: AuditEntry[]): Promise<void> => {
    if (entries.length === 0) return tail;
    const text = entries.map((e) => JSON.stringify(e)).join('\n') + '\n';
    const done = tail.then(() => file.append(text));
    tail = done.catch(() => undefined);
    return done;
  };
  return { path, append, close: file.close };
}
