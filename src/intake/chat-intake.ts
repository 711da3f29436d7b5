// The chat side of loading a plan: intake dependencies from a command's context, and slow work done
// after the callback is answered, with user errors turned into their sentence (a follow-up that threw
// would otherwise reach the user as a bare apology).
import type { CommandContext } from '../bot/command.ts';
import type { BotReply } from '../bot/message.ts';
import { textReply } from '../bot/reply.ts';
import { isUserError } from '../errors.ts';
import { intakeSettings } from './intake-settings.ts';
import type { IntakeDeps } from './stage-import.ts';

export const intakeDeps = (ctx: CommandContext): IntakeDeps => ({
  store: ctx.store,
  clock: ctx.clock,
  settings: intakeSettings(ctx.config),
});

export function later(ctx: CommandContext, ack: string, work: () => Promise<BotReply>): BotReply {
  return {
    markdown: [ack],
    followUp: async () => {
      try {
        return await work();
      } catch (e) {
        if (isUserError(e)) return textReply(ctx, e.message);
        ctx.log.error('plan intake failed', { messageId: ctx.msg.messageId, userId: ctx.msg.userId, error: e });
        return { markdown: ['处理文件时出错，没有做任何修改。请稍后再试，或联系系统管理员。'] };
      }
    },
  };
}
