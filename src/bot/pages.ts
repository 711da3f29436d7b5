// The pages of a long list not shown yet, per conversation, for 「更多」. Kept in memory: a list is a
// snapshot of a moment, and after a restart asking again gives a fresher one anyway.
import type { IncomingMessage } from './message.ts';

export const PAGES_TTL_MS = 30 * 60_000;

interface Waiting {
  pages: string[];
  at: number;
}

export interface PageStore {
  /** Keeps `rest` as what 「更多」 shows next in this conversation (replacing what was waiting). */
  keep(msg: IncomingMessage, rest: string[], now: Date): void;
  /** The next waiting page and how many remain after it, or null when nothing waits. */
  next(msg: IncomingMessage, now: Date): { page: string; left: number } | null;
}

const conversationKey = (m: IncomingMessage): string => `${m.channel}:${m.chatId ?? '-'}:${m.userId}`;

export function createPageStore(ttlMs = PAGES_TTL_MS, maxConversations = 10_000): PageStore {
  const waiting = new Map<string, Waiting>();
  return {
    keep(msg, rest, now) {
      const key = conversationKey(msg);
      waiting.delete(key);
      if (rest.length === 0) return;
      waiting.set(key, { pages: [...rest], at: now.getTime() });
      // Oldest first in a Map: drop the oldest conversations beyond the cap.
      while (waiting.size > maxConversations) waiting.delete(waiting.keys().next().value!);
    },
    next(msg, now) {
      const key = conversationKey(msg);
      const w = waiting.get(key);
      if (!w || now.getTime() - w.at > ttlMs || w.pages.length === 0) {
        waiting.delete(key);
        return null;
      }
      const page = w.pages.shift()!;
      if (w.pages.length === 0) waiting.delete(key);
      return { page, left: w.pages.length };
    },
  };
}
