// Answers to messages already handled, for WeCom's retries. Replies that changed state are on disk
// (state.processed, written with the change); every reply is also kept here for a while, so a retried
// query or 「更多」 gets the same answer without recomputing, and a retry arriving while the first
// attempt is still running waits for that attempt instead of running twice.
import type { StateData } from '../store/schema.ts';
import type { BotReply } from './message.ts';
import { decodeReply } from './reply.ts';

const onDisk = new WeakMap<object, Map<string, string>>();

/** The stored reply to a processed message key, looked up through a map cached per state version. */
export function processedReply(state: Readonly<StateData>, key: string): string[] | null {
  let index = onDisk.get(state);
  if (!index) {
    index = new Map(state.processed.map((p) => [p.key, p.reply]));
    onDisk.set(state, index);
  }
  const stored = index.get(key);
  return stored === undefined ? null : decodeReply(stored);
}

export interface RecentReplies {
  get(key: string): Promise<BotReply> | undefined;
  set(key: string, reply: Promise<BotReply>): void;
  forget(key: string): void;
}

export function createRecentReplies(max = 2_000): RecentReplies {
  const map = new Map<string, Promise<BotReply>>();
  return {
    get: (key) => map.get(key),
    set(key, reply) {
      map.set(key, reply);
      while (map.size > max) map.delete(map.keys().next().value!);
    },
    forget: (key) => void map.delete(key),
  };
}
