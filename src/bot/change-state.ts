// The one way a command changes state. The decision runs inside store.updateState on the latest
// data, and the processed message id and its reply are recorded in that same write, so a completion
// is on disk before the bot confirms it, and a WeCom retry (even after a restart) finds the answer.
import type { Change } from '../store/store.ts';
import type { StateData } from '../store/schema.ts';
import { edit, pendingRecords } from '../store/working-copy.ts';
import type { CommandContext } from './command.ts';
import type { BotReply } from './message.ts';
import { findProcessed } from './recent-replies.ts';
import { decodeReply, encodeReply } from './reply.ts';
import { splitAtBytes } from '../render/split.ts';

export interface Decision {
  changes: Change[];
  /** The reply as one Markdown text (split to the channel's limit here). */
  reply: string;
}

export const processedKey = (msg: { channel: string; messageId: string }): string => `${msg.channel}:${msg.messageId}`;

export async function changeState(ctx: CommandContext, decide: (data: StateData, base: Readonly<StateData>) => Decision): Promise<BotReply> {
  const { msg } = ctx;
  const key = processedKey(msg);
  let messages: string[] = [];
  await ctx.store.updateState({ actor: msg.userId, channel: msg.channel, msgId: msg.messageId }, (data, base) => {
    // Looked up in the data the write's batch starts from (the store knows how it continues the
    // committed list), and in what the writes batched before this one added.
    const seen = findProcessed(base.processed, key) ?? pendingRecords(data, 'processed').find((p) => p.after.key === key)?.after;
    if (seen) {
      messages = decodeReply(seen.reply);
      return [];
    }
    const d = decide(data, base);
    messages = splitAtBytes(d.reply, ctx.maxBytes);
    edit(data, 'processed').push({ key, reply: encodeReply(messages), at: ctx.clock().toISOString() });
    return d.changes;
  });
  return { markdown: messages };
}
