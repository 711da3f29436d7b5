// The WeCom side of a callback, for tests, the demo and `npm run chat`: builds the plaintext WeCom would
// send, signs and encrypts it exactly as WeCom does, posts it to the bot server, checks the reply's
// signature and decrypts it. The raw builders are exported so tests can tamper with any part.
import { randomBytes } from 'node:crypto';
import { openCallback, randomNonce, seal, type CallbackKeys } from '../wecom/crypto.ts';
import { readXmlFields, writeXml } from '../wecom/app-payload.ts';

export interface BotKeys {
  token: string;
  aesKey: string;
}
export interface AppKeys extends BotKeys {
  corpId: string;
  agentId: string;
}

const botKeys = (k: BotKeys): CallbackKeys => ({ token: k.token, aesKey: k.aesKey, receiveId: '' });
const appKeys = (k: AppKeys): CallbackKeys => ({ token: k.token, aesKey: k.aesKey, receiveId: k.corpId });

export const newMsgId = (): string => randomBytes(12).toString('base64url');
const nowSeconds = () => String(Math.floor(Date.now() / 1000));

/** A signed, encrypted callback ready to post: the query string parameters and the body. */
export interface SignedCallback {
  query: { msg_signature: string; timestamp: string; nonce: string };
  body: string;
  contentType: string;
}

export function buildBotCallback(keys: BotKeys, plaintext: object | string, timestamp = nowSeconds()): SignedCallback {
  const text = typeof plaintext === 'string' ? plaintext : JSON.stringify(plaintext);
  const s = seal(botKeys(keys), text, timestamp, randomNonce());
  return {
    query: { msg_signature: s.signature, timestamp: s.timestamp, nonce: s.nonce },
    body: JSON.stringify({ encrypt: s.encrypted }),
    contentType: 'application/json',
  };
}

export function buildAppCallback(keys: AppKeys, plaintextXml: string, timestamp = nowSeconds()): SignedCallback {
  const s = seal(appKeys(keys), plaintextXml, timestamp, randomNonce());
  return {
    query: { msg_signature: s.signature, timestamp: s.timestamp, nonce: s.nonce },
    body: writeXml({ ToUserName: keys.corpId, AgentID: keys.agentId, Encrypt: s.encrypted }),
    contentType: 'text/xml',
  };
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

export interface BotCallbackResult extends RawResponse {
  msgId: string;
  /** The decrypted reply JSON, or null when the server answered with an empty body. */
  reply: { msgtype: string; stream?: { id: string; finish: boolean; content: string }; text?: { content: string } } | null;
  /** What the user sees: the stream content or the text content ('' when there is none). */
  text: string;
}

export interface BotMessageOptions {
  serverUrl: string;
  bot: BotKeys;
  userId: string;
  /** A group chat id; without it the message is one-to-one. */
  chatId?: string;
  msgId?: string;
  /** Where the bot may answer later; the stand-in's response_url endpoint in tests and the demo. */
  responseUrl?: string;
  /** Route on the server, default /wecom/bot. */
  path?: string;
}

/** Sends any bot plaintext (fields from/msgid/chattype filled in) and decrypts the passive reply. */
export async function sendBotCallback(o: BotMessageOptions, fields: Record<string, unknown>): Promise<BotCallbackResult> {
  const msgId = o.msgId ?? newMsgId();
  const plaintext = {
    msgid: msgId,
    aibotid: 'AIBOT_STANDIN',
    ...(o.chatId ? { chatid: o.chatId, chattype: 'group' } : { chattype: 'single' }),
    from: { userid: o.userId },
    response_url: o.responseUrl ?? 'http://127.0.0.1:9/response_url/none',
    ...fields,
  };
  const cb = buildBotCallback(o.bot, plaintext);
  const res = await postRaw(o.serverUrl + (o.path ?? '/wecom/bot'), cb.query, cb.body, cb.contentType);
  return { ...res, msgId, ...openBotReply(o.bot, res) };
}

/** Checks and decrypts a bot passive reply; an error if the server signed or encrypted it wrongly. */
export function openBotReply(keys: BotKeys, res: RawResponse): Pick<BotCallbackResult, 'reply' | 'text'> {
  if (res.status !== 200 || res.body.trim() === '') return { reply: null, text: '' };
  const env = JSON.parse(res.body) as { encrypt: string; msgsignature: string; timestamp: number | string; nonce: string };
  const query = { signature: env.msgsignature, timestamp: String(env.timestamp), nonce: String(env.nonce) };
  const reply = JSON.parse(openCallback(botKeys(keys), query, env.encrypt)) as BotCallbackResult['reply'];
  return { reply, text: reply?.stream?.content ?? reply?.text?.content ?? '' };
}

export interface BotTextOptions extends BotMessageOptions {
  text: string;
  /** In groups WeCom prefixes the text with `@BotName `; default 督办机器人. */
  botName?: string;
}

export function sendBotText(o: BotTextOptions): Promise<BotCallbackResult> {
  const content = o.chatId ? `@${o.botName ?? '督办机器人'} ${o.text}` : o.text;
  return sendBotCallback(o, { msgtype: 'text', text: { content } });
}

export interface BotFileOptions extends BotMessageOptions {
  /** The download URL, typically from the stand-in's serveEncryptedFile(). */
  url: string;
  fileName?: string;
}

/** A one-to-one file message, as WeCom sends it (the file itself is encrypted at the URL). */
export function sendBotFile(o: BotFileOptions): Promise<BotCallbackResult> {
  const { chatId: _group, ...single } = o;
  return sendBotCallback(single, { msgtype: 'file', file: { url: o.url, ...(o.fileName ? { filename: o.fileName } : {}) } });
}

export interface AppTextOptions {
  serverUrl: string;
  app: AppKeys;
  userId: string;
  text: string;
  msgId?: string;
  path?: string;
}

export interface AppCallbackResult extends RawResponse {
  msgId: string;
  /** The decrypted reply fields (ToUserName, MsgType, Content …), or null for an empty answer. */
  reply: Record<string, string> | null;
  text: string;
}

/** Sends any app message plaintext XML fields and decrypts the passive reply. */
export async function sendAppCallback(o: Omit<AppTextOptions, 'text'>, fields: Record<string, string | number>): Promise<AppCallbackResult> {
  const msgId = o.msgId ?? String(BigInt('0x' + randomBytes(7).toString('hex')));
  const xml = writeXml({
    ToUserName: o.app.corpId,
    FromUserName: o.userId,
    CreateTime: Math.floor(Date.now() / 1000),
    ...fields,
    ...(fields.MsgType === 'event' ? {} : { MsgId: msgId }),
    AgentID: Number(o.app.agentId),
  });
  const cb = buildAppCallback(o.app, xml);
  const res = await postRaw(o.serverUrl + (o.path ?? '/wecom/app'), cb.query, cb.body, cb.contentType);
  return { ...res, msgId, ...openAppReply(o.app, res) };
}

export function openAppReply(keys: AppKeys, res: RawResponse): Pick<AppCallbackResult, 'reply' | 'text'> {
  const body = res.body.trim();
  if (res.status !== 200 || body === '' || body === 'success') return { reply: null, text: '' };
  const env = readXmlFields(body);
  const query = { signature: env.MsgSignature ?? '', timestamp: env.TimeStamp ?? '', nonce: env.Nonce ?? '' };
  const reply = readXmlFields(openCallback(appKeys(keys), query, env.Encrypt ?? ''));
  return { reply, text: reply.Content ?? '' };
}

export function sendAppText(o: AppTextOptions): Promise<AppCallbackResult> {
  return sendAppCallback(o, { MsgType: 'text', Content: o.text });
}
