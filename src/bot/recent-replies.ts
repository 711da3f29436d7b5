// Answers to messages already handled, for WeCom's retries. Replies that changed state are on disk
// (state.processed, written with the change); every reply is also kept here for a while, so a retried
// query or 「更多」 gets the same answer without recomputing, and a retry arriving while the first
// attempt is still running waits for that attempt instead of running twice.
import { RecentMap } from '../recent-map.ts';
import { changesSince } from '../store/lineage.ts';
import type { ProcessedMessage, StateData } from '../store/schema.ts';
import type { BotReply } from './message.ts';
import { decodeReply } from './reply.ts';

// The index of state.processed follows the list as it changes: a write appends entries and the cap
// drops the oldest, so the new list is the old one minus a head plus a tail, and the index is updated
// by those few entries instead of rebuilt from 2,000 after every write. Anything else rebuilds it.
interface ProcessedIndex {
  list: readonly ProcessedMessage[];
  /** Latest entry per key (the last one wins, as a rebuild would have it). */
  byKey: Map<string, ProcessedMessage>;
}

let index: ProcessedIndex | null = null;

function indexOf(list: readonly ProcessedMessage[]): ProcessedIndex {
  if (index?.list === list) return index;
  if (index && step(index, list)) return index;
  const byKey = new Map<string, ProcessedMessage>();
  for (const p of list) byKey.set(p.key, p);
  index = { list, byKey };
  return index;
}

/** How `next` continues `from.list`: its first `dropped` entries gone, `next[kept…]` new; or null.
 *  Told by the store's lineage of the list when it knows it, else found by comparing the entries. */
function continuation(from: ProcessedIndex, next: readonly ProcessedMessage[]): { dropped: number; kept: number } | null {
  const prev = from.list;
  const known = changesSince(prev, next);
  if (known) {
    const kept = prev.length - known.shift;
    // Only appends after the kept entries: an entry replaced among them is not a continuation.
    return kept >= 0 && (known.slots.length === 0 || known.slots[0]! >= kept) && next.length >= kept ? { dropped: known.shift, kept } : null;
  }
  const dropped = next.length ? prev.indexOf(next[0]!) : prev.length;
  if (dropped < 0) return null;
  const kept = prev.length - dropped;
  if (next.length < kept) return null;
  for (let i = 0; i < kept; i++) if (next[i] !== prev[dropped + i]) return null;
  return { dropped, kept };
}

/** Moves `from` to `next` when `next` is `from.list` without its first entries plus new ones. */
function step(from: ProcessedIndex, next: readonly ProcessedMessage[]): boolean {
  const c = continuation(from, next);
  if (!c) return false;
  for (let i = 0; i < c.dropped; i++) {
    const gone = from.list[i]!;
    // Only if no later entry (kept or new) holds the same key: then the index holds this one.
    if (from.byKey.get(gone.key) === gone) from.byKey.delete(gone.key);
  }
  for (let i = c.kept; i < next.length; i++) from.byKey.set(next[i]!.key, next[i]!);
  from.list = next;
  return true;
}

/**
 * The entry for `key` in a processed list. The index follows the committed list that replies are
 * read from; any other list (the data a write starts from, which may be ahead of it, or a working
 * copy) is looked up without moving the index: its new tail is scanned and the rest answered from
 * the index of the committed list it continues.
 */
export function findProcessed(list: readonly ProcessedMessage[], key: string): ProcessedMessage | undefined {
  const c = index && continuation(index, list);
  if (!index || !c) return list.find((p) => p.key === key);
  let hit = index.byKey.get(key);
  // The index holds a key's last entry; if that one was dropped, so were any before it.
  for (let i = 0; hit && i < c.dropped; i++) if (index.list[i] === hit) hit = undefined;
  if (hit) return hit;
  for (let i = c.kept; i < list.length; i++) if (list[i]!.key === key) return list[i];
  return undefined;
}

/** The stored reply to a processed message key, as of the given state. */
export function processedReply(state: Readonly<StateData>, key: string): string[] | null {
  const stored = indexOf(state.processed).byKey.get(key);
  return stored === undefined ? null : decodeReply(stored.reply);
}

/** Replies by processed-message key, the last 1,000 to 2,000. */
export type RecentReplies = RecentMap<string, Promise<BotReply>>;

export const createRecentReplies = (perGeneration = 1_000): RecentReplies => new RecentMap(perGeneration);
