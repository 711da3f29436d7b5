// What the two callback receivers share: the answer shape (so Koa stays a thin adapter), the mapping of
// failures to status codes, and the small parsing helpers. The handover to the bot is ./handover.ts.
import { WecomCryptoError, type SignedQuery } from './crypto.ts';

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
