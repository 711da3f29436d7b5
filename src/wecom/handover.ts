// The handover from a receiver to the bot: the safety net (an exception becomes a polite reply and a
// log line, never a 500 that makes WeCom retry), one run for concurrent retries of a message, and the
// delivery of what the passive reply could not carry.
//
// A bot message's response_url takes ONE reply within an hour (document/path/101138), up to 20480 bytes:
// the further parts and the follow-up's reply are therefore joined into that one call. The app's
// message API has no such rule, so there every part is its own message, and files go out as files.
import type { BotReply, IncomingMessage } from '../bot/message.ts';
import type { Logger } from '../log.ts';

/** The shape every bot exposes to the transport (createBot in src/bot/bot.ts). */
export interface BotHandler {
  handle(msg: IncomingMessage): Promise<BotReply>;
}

export const BUSY_REPLY = '系统繁忙，请稍后再试';

/** Sends through a reply handle: Markdown (response_url or the app message API), or a file (app only). */
export interface LaterSender {
  markdown(handle: IncomingMessage['replyHandle'], markdown: string): Promise<void>;
  /** false when the channel cannot carry files (a bot's response_url takes Markdown only). */
  file(handle: IncomingMessage['replyHandle'], file: NonNullable<BotReply['file']>): Promise<boolean>;
}

export interface Handover {
  /** Runs the bot with the safety net; concurrent retries of one message share one run. */
  run(msg: IncomingMessage): Promise<BotReply>;
  /** Sends parts 2… and the follow-up in the background; errors are logged. */
  later(msg: IncomingMessage, reply: BotReply): void;
  /** Resolves when all background deliveries have finished (tests, shutdown). */
  idle(): Promise<void>;
}

export const RESPONSE_URL_MAX_BYTES = 20480;
const SEPARATOR = '\n\n';
const CUT_NOTE = '\n\n（内容较多，未能全部显示，请缩小查询范围后再问）';

/** Joins parts into one message within `maxBytes`, whole parts only; says so when some are left out. */
export function joinParts(parts: string[], maxBytes = RESPONSE_URL_MAX_BYTES): { text: string; dropped: number } {
  const all = parts.join(SEPARATOR);
  if (Buffer.byteLength(all) <= maxBytes) return { text: all, dropped: 0 };
  const room = maxBytes - Buffer.byteLength(CUT_NOTE);
  const kept: string[] = [];
  for (const part of parts) {
    if (Buffer.byteLength([...kept, part].join(SEPARATOR)) > room) break;
    kept.push(part);
  }
  return { text: kept.join(SEPARATOR) + CUT_NOTE, dropped: parts.length - kept.length };
}

export function createHandover(bot: BotHandler, send: LaterSender, log: Logger): Handover {
  const running = new Map<string, Promise<BotReply>>();
  const background = new Set<Promise<void>>();

  async function safely(msg: IncomingMessage): Promise<BotReply> {
    const started = performance.now();
    try {
      const reply = await bot.handle(msg);
      log.info('message answered', { channel: msg.channel, msgId: msg.messageId, user: msg.userId, ms: Math.round(performance.now() - started) });
      return reply;
    } catch (e) {
      log.error('bot failed to handle a message', { msgId: msg.messageId, user: msg.userId, channel: msg.channel, error: e });
      return { markdown: [BUSY_REPLY] };
    }
  }

  async function runFollowUp(msg: IncomingMessage, reply: BotReply): Promise<BotReply | null> {
    if (!reply.followUp) return null;
    try {
      return await reply.followUp();
    } catch (e) {
      log.error('follow-up failed', { msgId: msg.messageId, user: msg.userId, error: e });
      return { markdown: [BUSY_REPLY] };
    }
  }

  async function sendFiles(msg: IncomingMessage, replies: (BotReply | null)[]): Promise<void> {
    for (const r of replies) {
      if (r?.file && !(await send.file(msg.replyHandle, r.file))) {
        log.warn('channel cannot carry a file; only the text went out', { msgId: msg.messageId, user: msg.userId, file: r.file.name });
      }
    }
  }

  async function deliver(msg: IncomingMessage, reply: BotReply): Promise<void> {
    const handle = msg.replyHandle;
    if (handle.kind === 'response_url') {
      const next = await runFollowUp(msg, reply);
      const parts = [...reply.markdown.slice(1), ...(next?.markdown ?? [])];
      if (parts.length) {
        const { text, dropped } = joinParts(parts);
        if (dropped) log.warn('reply too long for one response_url call; parts left out', { msgId: msg.messageId, user: msg.userId, dropped });
        await send.markdown(handle, text);
      }
      return sendFiles(msg, [reply, next]);
    }
    for (const part of reply.markdown.slice(1)) await send.markdown(handle, part);
    await sendFiles(msg, [reply]);
    const next = await runFollowUp(msg, reply);
    for (const part of next?.markdown ?? []) await send.markdown(handle, part);
    await sendFiles(msg, [next]);
  }

  return {
    run(msg) {
      const key = `${msg.channel}:${msg.messageId}`;
      const existing = running.get(key);
      if (existing) return existing;
      const p = safely(msg).finally(() => running.delete(key));
      running.set(key, p);
      return p;
    },
    later(msg, reply) {
      if (reply.markdown.length <= 1 && !reply.followUp && !reply.file) return;
      if (msg.replyHandle.kind === 'none') return;
      const p = deliver(msg, reply)
        .catch((e) => log.error('could not deliver a later reply', { msgId: msg.messageId, user: msg.userId, error: e }))
        .finally(() => background.delete(p));
      background.add(p);
    },
    async idle() {
      while (background.size) await Promise.all([...background]);
    },
  };
}
