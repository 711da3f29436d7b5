// What the two callback receivers share: the answer shape (so Koa stays a thin adapter), the handover
// to the bot with its safety net, and the delivery of everything that does not fit in the passive reply.
import type { BotReply, IncomingMessage } from '../bot/message.ts';
import type { Logger } from '../log.ts';
import { WecomCryptoError, type SignedQuery } from './crypto.ts';

/** The shape every bot exposes to the transport (createBot in src/bot/bot.ts). */
export interface BotHandler {
  handle(msg: IncomingMessage): Promise<BotReply>;
}

export interface CallbackAnswer {
  status: number;
  body: string;
  contentType: string;
}

/** A callback channel, free of HTTP: the server adapter passes the decoded query and the raw body. */
export interface Receiver {
  verifyUrl(query: Record<string, string>): CallbackAnswer;
  receive(query: Record<string, string>, body: string): Promise<CallbackAnswer>;
}

export const BUSY_REPLY = '系统繁忙，请稍后再试';

export const plain = (status: number, body: string): CallbackAnswer => ({ status, body, contentType: 'text/plain; charset=utf-8' });

/** Rejections are short and never echo what was sent. */
export function rejection(e: unknown): CallbackAnswer {
  if (e instanceof WecomCryptoError) return e.kind === 'malformed' ? plain(400, 'bad request') : plain(401, 'unauthorized');
  return plain(400, 'bad request');
}

export class BadCallbackError extends Error {
  override name = 'BadCallbackError';
}

export function signedQuery(query: Record<string, string>): SignedQuery {
  const { msg_signature: signature, timestamp, nonce } = query;
  if (!signature || !timestamp || !nonce) throw new WecomCryptoError('signature', 'msg_signature, timestamp or nonce missing');
  return { signature, timestamp, nonce };
}

/** URL-decoding turns an unescaped '+' in base64 into a space; put it back. */
export const base64Param = (v: string | undefined): string => (v ?? '').replace(/ /g, '+');

/** Removes the leading `@BotName ` WeCom puts before a group message. */
export const stripMention = (text: string): string => text.replace(/^\s*@\S+[\s\u2005\u00a0]+/, '').trim();

/** Delivers what the passive reply could not carry: further parts and the follow-up's reply. */
export type LaterSender = (handle: IncomingMessage['replyHandle'], markdown: string) => Promise<void>;

export interface Handover {
  /** Runs the bot with the safety net; concurrent retries of one message share one run. */
  run(msg: IncomingMessage): Promise<BotReply>;
  /** Sends parts 2… and the follow-up in the background; errors are logged. */
  later(msg: IncomingMessage, reply: BotReply): void;
  /** Resolves when all background deliveries have finished (tests, shutdown). */
  idle(): Promise<void>;
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

  async function deliver(msg: IncomingMessage, reply: BotReply): Promise<void> {
    for (const part of reply.markdown.slice(1)) await send(msg.replyHandle, part);
    if (!reply.followUp) return;
    let next: BotReply;
    try {
      next = await reply.followUp();
    } catch (e) {
      log.error('follow-up failed', { msgId: msg.messageId, user: msg.userId, error: e });
      next = { markdown: [BUSY_REPLY] };
    }
    for (const part of next.markdown) await send(msg.replyHandle, part);
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
      if (reply.markdown.length <= 1 && !reply.followUp) return;
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
