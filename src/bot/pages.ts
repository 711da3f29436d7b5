// The pages of a long list not shown yet, per conversation, for 「更多」. Kept in memory: a list is a
// snapshot of a moment, and after a restart asking again gives a fresher one anyway.
// Pages wait unrendered (render/paginate.ts): most lists are never paged through.
import { RecentMap } from '../recent-map.ts';
import { renderedPages, type Pages } from '../render/paginate.ts';
import type { IncomingMessage } from './message.ts';

export const PAGES_TTL_MS = 30 * 60_000;

interface Waiting {
  pages: Pages;
  /** The page 「更多」 shows next. */
  next: number;
  at: number;
}

export interface PageStore {
  /** Keeps `rest` (or `pages` from page `from` on) as what 「更多」 shows next in this conversation,
   *  replacing what was waiting. */
  keep(msg: IncomingMessage, rest: readonly string[] | { pages: Pages; from: number }, now: Date): void;
  /** The next waiting page and how many remain after it, or null when nothing waits. */
  next(msg: IncomingMessage, now: Date): { page: string; left: number } | null;
}

const conversationKey = (m: IncomingMessage): string => `${m.channel}:${m.chatId ?? '-'}:${m.userId}`;

export function createPageStore(ttlMs = PAGES_TTL_MS, maxConversations = 10_000): PageStore {
  // The conversations that kept pages most recently: half to all of `maxConversations`.
  const waiting = new RecentMap<string, Waiting>(Math.ceil(maxConversations / 2));
  return {
    keep(msg, rest, now) {
      const key = conversationKey(msg);
      const { pages, from } = 'from' in rest ? rest : { pages: renderedPages([...rest]), from: 0 };
      if (from >= pages.count) return void waiting.delete(key);
      waiting.set(key, { pages, next: from, at: now.getTime() });
    },
    next(msg, now) {
      const key = conversationKey(msg);
      const w = waiting.get(key);
      if (!w || now.getTime() - w.at > ttlMs || w.next >= w.pages.count) {
        waiting.delete(key);
        return null;
      }
      const page = w.pages.page(w.next++);
      const left = w.pages.count - w.next;
      if (left === 0) waiting.delete(key);
      return { page, left };
    },
  };
}
