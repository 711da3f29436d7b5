// Building replies that respect the channel's byte limit, and long lists that continue on 「更多」.
import type { Pages } from '../render/paginate.ts';
import { splitAtBytes } from '../render/split.ts';
import type { CommandContext } from './command.ts';
import type { BotReply } from './message.ts';

/** One Markdown text, cut between lines into messages of at most ctx.maxBytes. */
export const textReply = (ctx: Pick<CommandContext, 'maxBytes'>, markdown: string): BotReply => ({
  markdown: splitAtBytes(markdown, ctx.maxBytes),
});

/** The first page now; the rest waits, unrendered when given as Pages, for 「更多」 in this conversation. */
export function pagedReply(ctx: CommandContext, pages: readonly string[] | Pages): BotReply {
  const list = 'page' in pages ? pages : { count: pages.length, page: (i: number) => pages[i] ?? '' };
  ctx.pages?.keep(ctx.msg, { pages: list, from: 1 }, ctx.clock());
  return textReply(ctx, list.count ? list.page(0) : '');
}

/** The form a reply takes in state.json's processed list: its messages joined by a record separator. */
export const encodeReply = (messages: string[]): string => messages.join('\u001e');
export const decodeReply = (stored: string): string[] => stored.split('\u001e');
