// The self-built app's XML (document/path/90238, 90240): callback envelope, decrypted message and
// the encrypted passive reply. Only this module and the stand-in build or read that XML.
import { XMLBuilder, XMLParser } from 'fast-xml-parser';

const parser = new XMLParser({
  parseTagValue: false, // keep MsgId and CreateTime as exact strings
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
});
const builder = new XMLBuilder({ cdataPropName: '#cdata', suppressEmptyNode: false });

export class XmlShapeError extends Error {
  override name = 'XmlShapeError';
}

/** Parses `<xml>…</xml>` into its flat child elements, as strings. Throws XmlShapeError otherwise. */
export function readXmlFields(xml: string): Record<string, string> {
  let doc: unknown;
  try {
    doc = parser.parse(xml, true);
  } catch (e) {
    throw new XmlShapeError(`not XML: ${(e as Error).message}`);
  }
  const root = (doc as { xml?: unknown }).xml;
  if (!root || typeof root !== 'object') throw new XmlShapeError('no <xml> root');
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(root as Record<string, unknown>)) {
    if (typeof v === 'string' || typeof v === 'number') out[k] = String(v);
  }
  return out;
}

/** One `<xml>` document; string fields become CDATA, numbers stay bare, as WeCom writes them. */
export function writeXml(fields: Record<string, string | number>): string {
  const root: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) root[k] = typeof v === 'number' ? v : { '#cdata': v };
  return builder.build({ xml: root });
}

/** The decrypted app message fields we use. */
export interface AppMessage {
  toUserName: string;
  fromUserName: string;
  createTime: string;
  msgType: string;
  content: string;
  msgId: string;
  agentId: string;
  event: string;
}

export function readAppMessage(xml: string): AppMessage {
  const f = readXmlFields(xml);
  if (!f.FromUserName || !f.MsgType) throw new XmlShapeError('FromUserName or MsgType missing');
  return {
    toUserName: f.ToUserName ?? '',
    fromUserName: f.FromUserName,
    createTime: f.CreateTime ?? '',
    msgType: f.MsgType,
    content: f.Content ?? f.Recognition ?? '',
    msgId: f.MsgId ?? '',
    agentId: f.AgentID ?? '',
    event: f.Event ?? '',
  };
}

/** The plaintext of a passive text reply to `userId`. */
export const appTextReply = (corpId: string, userId: string, content: string, createTime: number): string =>
  writeXml({ ToUserName: userId, FromUserName: corpId, CreateTime: createTime, MsgType: 'text', Content: content });

/** The encrypted reply envelope. */
export const appReplyEnvelope = (r: { encrypted: string; signature: string; timestamp: string; nonce: string }) =>
  writeXml({ Encrypt: r.encrypted, MsgSignature: r.signature, TimeStamp: Number(r.timestamp), Nonce: r.nonce });
