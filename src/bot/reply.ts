// Building replies that respect the channel's byte limit, and long lists that continue on 「更多」.
import { renderedPages, type Pages } from '../render/paginate.ts';
import { splitAtBytes } from '../render/split.ts';
import type { CommandContext } from './command.ts';
import type { BotReply } from './message.ts';

// Messages cut here are known to fit: the bot checks every reply against the channel's limit and
// need not measure these again (Buffer.byteLength costs ~1 µs per 1,000 Chinese characters). They are
// frozen, so nothing can add to them after they were measured; kept ones are shared between replies.
const fitting = new WeakMap<readonly string[], number>();

/** Whether `markdown` was cut here to at most `maxBytes` per message. */
export const fitsIn = (markdown: readonly string[], maxBytes: number): boolean => (fitting.get(markdown) ?? Infinity) <= maxBytes;

function cut(markdown: string, maxBytes: number): string[] {
  const messages = Object.freeze(splitAtBytes(markdown, maxBytes)) as string[];
  fitting.set(messages, maxBytes);
  return messages;
}

/** One Markdown text, cut between lines into messages of at most ctx.maxBytes. */
export const textReply = (ctx: Pick<CommandContext, 'maxBytes'>, markdown: string): BotReply => ({ markdown: cut(markdown, ctx.maxBytes) });

// Kept texts (a task's detail, a kept list's first page) are shown over and over until their data
// changes: cut each once per byte limit.
const cutKept = new Map<number, Map<string, string[]>>();

/** textReply for a text that is kept and shown many times (a task's detail). */
export function keptTextReply(ctx: Pick<CommandContext, 'maxBytes'>, markdown: string): BotReply {
  let byText = cutKept.get(ctx.maxBytes);
  if (!byText) cutKept.set(ctx.maxBytes, (byText = new Map()));
  let messages = byText.get(markdown);
  if (!messages) {
    if (byText.size >= 2_000) byText.clear();
    byText.set(markdown, (messages = cut(markdown, ctx.maxBytes)));
  }
  return { markdown: messages };
}

// Pages objects are kept by their callers (a unit's list, 「进度」's figures) and shown again and again:
// their first page is cut once, looked up by the object rather than by hashing its text (~1 µs).
const firstPages = new WeakMap<Pages, { maxBytes: number; messages: string[] }>();

function firstPageOf(pages: Pages, maxBytes: number): string[] {
  let first = firstPages.get(pages);
  if (first?.maxBytes !== maxBytes) firstPages.set(pages, (first = { maxBytes, messages: cut(pages.count ? pages.page(0) : '', maxBytes) }));
  return first.messages;
}

/** The first page now; the rest waits, unrendered when given as Pages, for 「更多」 in this conversation. */
export function pagedReply(ctx: CommandContext, pages: readonly string[] | Pages): BotReply {
  const kept = 'page' in pages;
  const list = kept ? pages : renderedPages(pages);
  ctx.pages?.keep(ctx.msg, { pages: list, from: 1 }, ctx.clock());
  return kept ? { markdown: firstPageOf(list, ctx.maxBytes) } : textReply(ctx, list.count ? list.page(0) : '');
}

/** The form a reply takes in state.json's processed list: its messages joined by a record separator. */
export const encodeReply = (messages: string[]): string => messages.join('\u001e');
export const decodeReply = (stored: string): string[] => stored.split('\u001e');
