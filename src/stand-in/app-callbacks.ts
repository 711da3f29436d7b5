// The self-built app's side of a callback (XML), as WeCom builds it.
import { randomBytes } from 'node:crypto';
import { openCallback, randomNonce, seal } from '../wecom/crypto.ts';
import { readXmlFields, writeXml } from '../wecom/app-payload.ts';
import { appKeys, nowSeconds, postRaw, type AppKeys, type RawResponse, type SignedCallback } from './callback-common.ts';

export function buildAppCallback(keys: AppKeys, plaintextXml: string, timestamp = nowSeconds()): SignedCallback {
  const s = seal(appKeys(keys), plaintextXml, timestamp, randomNonce());
  return {
    query: { msg_signature: s.signature, timestamp: s.timestamp, nonce: s.nonce },
    body: writeXml({ ToUserName: keys.corpId, AgentID: keys.agentId, Encrypt: s.encrypted }),
    contentType: 'text/xml',
  };
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
