// The intelligent bot's side of a callback (JSON), as WeCom builds it.
import { openCallback, randomNonce, seal } from '../wecom/crypto.ts';
import { botKeys, newMsgId, nowSeconds, postRaw, type BotKeys, type RawResponse, type SignedCallback } from './callback-common.ts';

export function buildBotCallback(keys: BotKeys, plaintext: object | string, timestamp = nowSeconds()): SignedCallback {
  const text = typeof plaintext === 'string' ? plaintext : JSON.stringify(plaintext);
  const s = seal(botKeys(keys), text, timestamp, randomNonce());
  return {
    query: { msg_signature: s.signature, timestamp: s.timestamp, nonce: s.nonce },
    body: JSON.stringify({ encrypt: s.encrypted }),
    contentType: 'application/json',
  };
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

