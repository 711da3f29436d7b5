// What one grouped write changed, found by identity: committed records are frozen and replaced, never
// edited (./freeze.ts), so a record in the new array that was not in the old one is an upsert, and the
// key of one that disappeared without a replacement is a removal. Cost follows the change, not the
// store: arrays are compared by reference from both ends, and only the differing middle is hashed.

/** The field that names each record of a collection, or null when the element is its own key. */
export type KeyTable = Readonly<Record<string, string | null>>;

export interface Delta {
  /** Records added or replaced, per collection, in the order they appear in the new array. */
  up: Record<string, unknown[]>;
  /** Keys of records removed, per collection. */
  rm: Record<string, string[]>;
  /** Non-array fields whose value changed. */
  set: Record<string, unknown>;
}

export const isEmptyDelta = (d: Delta): boolean =>
  Object.keys(d.up).length === 0 && Object.keys(d.rm).length === 0 && Object.keys(d.set).length === 0;

export function keyOf(keys: KeyTable, collection: string): (record: unknown) => string {
  if (!(collection in keys)) throw new Error(`状态集合 ${collection} 没有在主键表中登记，无法写入日志`);
  const field = keys[collection];
  return field === null ? (r) => String(r) : (r) => String((r as Record<string, unknown>)[field]);
}

export function diff(before: object, after: object, keys: KeyTable): Delta {
  const delta: Delta = { up: {}, rm: {}, set: {} };
  const old = before as Record<string, unknown>;
  for (const [name, value] of Object.entries(after)) {
    const prev = old[name];
    if (Array.isArray(value)) {
      if (prev === value) continue;
      const key = keyOf(keys, name);
      const { added, gone } = changedRecords(Array.isArray(prev) ? prev : [], value);
      if (added.length) delta.up[name] = added;
      const replaced = new Set(added.map(key));
      const removed = gone.map(key).filter((k) => !replaced.has(k));
      if (removed.length) delta.rm[name] = removed;
    } else if (JSON.stringify(prev) !== JSON.stringify(value)) {
      delta.set[name] = value;
    }
  }
  return delta;
}

/** Records only in `next` (added) and only in `prev` (gone), by identity. */
function changedRecords(prev: readonly unknown[], next: readonly unknown[]): { added: unknown[]; gone: unknown[] } {
  let from = 0;
  // A capped list (processed message ids) loses its oldest entries from the front.
  if (next.length > 0 && prev.length > 0 && prev[0] !== next[0]) {
    const cut = prev.indexOf(next[0]);
    if (cut > 0) from = cut;
  }
  let head = 0;
  while (from + head < prev.length && head < next.length && prev[from + head] === next[head]) head++;
  let tail = 0;
  while (tail < prev.length - from - head && tail < next.length - head && prev[prev.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
  const oldMiddle = prev.slice(from + head, prev.length - tail);
  const newMiddle = next.slice(head, next.length - tail);
  const oldSet = new Set(oldMiddle);
  const newSet = new Set(newMiddle);
  return {
    added: newMiddle.filter((r) => !oldSet.has(r)),
    gone: [...prev.slice(0, from), ...oldMiddle.filter((r) => !newSet.has(r))],
  };
}

/**
 * Applies journalled deltas in order: upsert replaces the record with the same key where it stands or
 * appends it, remove deletes by key. Idempotent, so replaying a line twice (a crash between writing a
 * snapshot and emptying the journal) gives the same data.
 */
export function applyDeltas<T extends object>(data: T, deltas: Delta[], keys: KeyTable): T {
  if (deltas.length === 0) return data;
  const out: Record<string, unknown> = { ...(data as Record<string, unknown>) };
  const maps = new Map<string, Map<string, unknown>>();
  const mapOf = (name: string) => {
    let m = maps.get(name);
    if (!m) {
      const key = keyOf(keys, name);
      const list = Array.isArray(out[name]) ? (out[name] as unknown[]) : [];
      m = new Map(list.map((r) => [key(r), r]));
      maps.set(name, m);
    }
    return m;
  };
  for (const d of deltas) {
    for (const [name, keysGone] of Object.entries(d.rm ?? {})) for (const k of keysGone) mapOf(name).delete(k);
    for (const [name, records] of Object.entries(d.up ?? {})) {
      const key = keyOf(keys, name);
      for (const r of records) mapOf(name).set(key(r), r);
    }
    Object.assign(out, d.set ?? {});
  }
  for (const [name, m] of maps) out[name] = [...m.values()];
  return out as T;
}
