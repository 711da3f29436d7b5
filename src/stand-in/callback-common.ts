// What both callback channels share on the WeCom side: keys, signing of the URL check, raw posting
// (the helper for tampered and malformed requests). ./bot-callbacks.ts and ./app-callbacks.ts build
// each channel's callbacks exactly as WeCom does.
import { randomBytes } from 'node:crypto';
import { randomNonce, seal, type CallbackKeys } from '../wecom/crypto.ts';

export interface BotKeys {
  token: string;
  aesKey: string;
}
export interface AppKeys extends BotKeys {
  corpId: string;
  agentId: string;
}

export const botKeys = (k: BotKeys): CallbackKeys => ({ token: k.token, aesKey: k.aesKey, receiveId: '' });
export const appKeys = (k: AppKeys): CallbackKeys => ({ token: k.token, aesKey: k.aesKey, receiveId: k.corpId });

export const newMsgId = (): string => randomBytes(12).toString('base64url');
export const nowSeconds = () => String(Math.floor(Date.now() / 1000));

/** A signed, encrypted callback ready to post: the query string parameters and the body. */
export interface SignedCallback {
  query: { msg_signature: string; timestamp: string; nonce: string };
  body: string;
  contentType: string;
}

/** The GET WeCom sends when an administrator saves the callback URL. */
export function buildVerifyQuery(keys: CallbackKeys, echo: string, timestamp = nowSeconds()): Record<string, string> {
  const s = seal(keys, echo, timestamp, randomNonce());
  return { msg_signature: s.signature, timestamp: s.timestamp, nonce: s.nonce, echostr: s.encrypted };
}

export interface RawResponse {
  status: number;
  body: string;
}

/** Posts (or GETs, without body) exactly what it is given: the helper for tampered and malformed requests. */
export async function postRaw(url: string, query: Record<string, string>, body?: string, contentType = 'application/json'): Promise<RawResponse> {
  const target = `${url}?${new URLSearchParams(query)}`;
  const res = await fetch(target, body === undefined ? {} : { method: 'POST', body, headers: { 'content-type': contentType } });
  return { status: res.status, body: await res.text() };
}

