// The intelligent bot's decrypted JSON (document/path/100719) and its passive replies (101031).
import { z } from 'zod';
import { RecentMap } from '../recent-map.ts';

const text = z.object({ content: z.string() });

/** What we read from a bot callback; unknown fields are ignored, missing optional ones tolerated. */
export const botCallbackSchema = z.object({
  msgid: z.string().min(1),
  aibotid: z.string().optional(),
  chatid: z.string().optional(),
  chattype: z.enum(['single', 'group']).optional(),
  from: z.object({ userid: z.string().min(1) }),
  response_url: z.string().optional(),
  msgtype: z.string().min(1),
  text: text.optional(),
  voice: text.optional(),
  mixed: z
    .object({
      msg_item: z.array(z.object({ msgtype: z.string(), text: text.optional() })),
    })
    .optional(),
  file: z.object({ url: z.string(), aeskey: z.string().optional(), filename: z.string().optional() }).optional(),
  stream: z.object({ id: z.string() }).optional(),
  event: z.object({ eventtype: z.string() }).passthrough().optional(),
  create_time: z.number().optional(),
});

export type BotCallback = z.infer<typeof botCallbackSchema>;

// The same reply text goes out again and again (a unit's list page, the progress page, a task's
// detail, each kept until its figures change), and escaping 2 KB of Chinese Markdown for JSON was
// the larger part of building a reply (~8 µs under load). So the escaped text is kept for recent
// texts; a Map finds a kept string by its cached hash.
const escaped = new RecentMap<string, string>(512);

function jsonString(text: string): string {
  if (text.length < 64) return JSON.stringify(text);
  let json = escaped.get(text);
  if (json === undefined) escaped.set(text, (json = JSON.stringify(text)));
  return json;
}

/** The plaintext of a finished stream reply: WeCom shows `content` as Markdown and stops polling. */
export const streamReply = (id: string, content: string, finish = true): string =>
  `{"msgtype":"stream","stream":{"id":${JSON.stringify(id)},"finish":${finish},"content":${jsonString(content)}}}`;

/** A plain text reply; WeCom accepts it only for the enter-chat welcome event. */
export const textReply = (content: string): string => JSON.stringify({ msgtype: 'text', text: { content } });

const DIGITS = /^\d{1,15}$/;

/** The JSON envelope of an encrypted passive reply, as text. Its fields are base64, hex and digits, which
 *  JSON never escapes, so a template writes it: JSON.stringify scanned a 3.5 KB reply's 4.7 KB of base64
 *  for escapes (≈ 6.5 µs). timestamp and nonce may come from outside, hence their check. */
export function botReplyEnvelope(r: { encrypted: string; signature: string; timestamp: string; nonce: string }): string {
  if (!DIGITS.test(r.timestamp) || !DIGITS.test(r.nonce)) throw new Error('reply timestamp and nonce must be digits');
  return `{"encrypt":"${r.encrypted}","msgsignature":"${r.signature}","timestamp":${Number(r.timestamp)},"nonce":"${r.nonce}"}`;
}
