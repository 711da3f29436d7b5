// What the admin commands share at the chat edge: who may act, the audit context of a message, and
// remembering the answer to a change so a WeCom retry (even after a restart) gets the same reply.
import type { CommandContext } from '../bot/command.ts';
import type { BotReply } from '../bot/message.ts';
import { processedKey } from '../bot/change-state.ts';
import { encodeReply, textReply } from '../bot/reply.ts';
import type { WriteContext } from '../store/store.ts';

export const writeContext = (ctx: CommandContext): WriteContext => ({
  actor: ctx.msg.userId,
  channel: ctx.msg.channel,
  msgId: ctx.msg.messageId,
});

/** A refusal for anyone but an admin, or null. Admins come from configuration only. */
export function adminOnly(ctx: CommandContext, what: string): BotReply | null {
  if (ctx.role === 'admin') return null;
  return { markdown: [`只有管理员可以${what}。如需办理，请联系县政府办公室的管理员。`] };
}

/** Admins and leaders read the directory of people; liaisons and strangers do not. */
export function readersOnly(ctx: CommandContext, what: string): BotReply | null {
  if (ctx.role === 'admin' || ctx.role === 'leader') return null;
  return { markdown: [`只有管理员和领导可以查看${what}。`] };
}

/** The reply to a change, recorded in state.processed so that a retried message is answered the same. */
export async function rememberedReply(ctx: CommandContext, markdown: string): Promise<BotReply> {
  const reply = textReply(ctx, markdown);
  const key = processedKey(ctx.msg);
  await ctx.store.updateState(writeContext(ctx), (s) => {
    if (!s.processed.some((p) => p.key === key)) s.processed.push({ key, reply: encodeReply(reply.markdown), at: ctx.clock().toISOString() });
    return [];
  });
  return reply;
}
