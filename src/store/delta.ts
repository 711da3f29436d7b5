// What one grouped write changed, found by identity: committed records are frozen and replaced, never
// edited (./freeze.ts), so a record in the new array that was not in the old one is an upsert, and the
// key of one that disappeared without a replacement is a removal. Cost follows the change, not the
// store: arrays are compared by reference from both ends, and only the differing middle is hashed.
// Keys are assumed unique within a collection (a duplicate would collapse into one on replay).
import { changesSince } from './lineage.ts';

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
      const prevArray = Array.isArray(prev) ? prev : [];
      const { up, rm } = knownDelta(prevArray, value, key) ?? arrayDelta(prevArray, value, key);
      if (up.length) delta.up[name] = up;
      if (rm.length) delta.rm[name] = rm;
    } else if (JSON.stringify(prev) !== JSON.stringify(value)) {
      delta.set[name] = value;
    }
  }
  return delta;
}

/**
 * The same, from the slots the store's lineage says the writes since `prev` changed (./lineage.ts):
 * no comparison of the unchanged records. Null when the lineage does not reach back to `prev`, or
 * when a record was replaced by one with another key (the general comparison handles that).
 */
function knownDelta(prev: readonly unknown[], next: readonly unknown[], key: (r: unknown) => string): { up: unknown[]; rm: string[] } | null {
  const known = changesSince(prev, next);
  if (!known) return null;
  const kept = prev.length - known.shift;
  const up: unknown[] = [];
  for (const i of known.slots) {
    if (i < kept && key(prev[i + known.shift]) !== key(next[i])) return null;
    up.push(next[i]);
  }
  const rm = prev.slice(0, known.shift).map(key);
  // A dropped key that comes back would be appended at the end on replay, not where it stands now.
  if (rm.length && up.some((r) => rm.includes(key(r)))) return null;
  return { up, rm };
}

/**
 * Upserts and removals that turn `prev` into `next` when replayed (./applyDeltas). Records are compared
 * by identity from both ends; only the differing middle is looked at. When replaying them would not
 * give `next`'s order (a record re-added elsewhere, an insertion before unchanged records), the changed
 * stretch to the end is written out whole: removed by key, then appended in order.
 */
function arrayDelta(prev: readonly unknown[], next: readonly unknown[], key: (r: unknown) => string): { up: unknown[]; rm: string[] } {
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
  const front = prev.slice(0, from);
  const oldRest = prev.slice(from + head);
  const newRest = next.slice(head);
  const oldMiddle = oldRest.slice(0, oldRest.length - tail);
  const newMiddle = newRest.slice(0, newRest.length - tail);
  const oldSet = new Set(oldMiddle);
  const newSet = new Set(newMiddle);
  const up = newMiddle.filter((r) => !oldSet.has(r));
  const upKeys = new Set(up.map(key));
  const rm = [...front, ...oldMiddle.filter((r) => !newSet.has(r))].map(key).filter((k) => !upKeys.has(k));
  const oldKeys = oldMiddle.map(key);
  const known = new Set(oldKeys);
  // A new key is appended at the very end on replay, so it cannot go before unchanged records.
  const appendsBeforeTail = tail > 0 && up.some((r) => !known.has(key(r)));
  if (appendsBeforeTail || front.some((r) => upKeys.has(key(r))) || !replaysInOrder(oldKeys, rm, up.map(key), newMiddle.map(key))) {
    return { up: next.slice(head), rm: [...new Set([...front, ...oldRest].map(key))] };
  }
  return { up, rm };
}

/** Whether removing `rm` and upserting `up` (in place, or appended) turns `before` into `after`. */
function replaysInOrder(before: string[], rm: string[], up: string[], after: string[]): boolean {
  const order = new Map(before.map((k) => [k, true]));
  for (const k of rm) order.delete(k);
  for (const k of up) order.set(k, true);
  if (order.size !== after.length) return false;
  let i = 0;
  for (const k of order.keys()) if (k !== after[i++]) return false;
  return true;
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
