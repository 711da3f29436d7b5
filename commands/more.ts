// 「更多」: the next page of the last long list in this conversation.
import type { Command } from '../src/bot/command.ts';
import { textReply } from '../src/bot/reply.ts';

export const morePatterns: RegExp[] = [/^(?:更多|下一页|继续|还有呢|后面的?|more)[。.!?]*$/i];

export const more: Command = {
  name: 'more',
  patterns: morePatterns,
  async handle(ctx) {
    const next = ctx.pages?.next(ctx.msg, ctx.clock());
    if (!next) return { markdown: ['没有更多内容了。可以重新提问，例如「我单位还有哪些任务」。'] };
    return textReply(ctx, next.page);
  },
};
