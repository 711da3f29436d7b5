// The three kinds of group-webhook message the bot sends, as WeCom expects their JSON bodies.
import { createHash } from 'node:crypto';

export type WebhookMessage =
  | { msgtype: 'markdown'; markdown: { content: string } }
  | { msgtype: 'text'; text: { content: string; mentioned_list?: string[] } }
  | { msgtype: 'image'; image: { base64: string; md5: string } };

export const IMAGE_MAX_BYTES = 2 * 1024 * 1024;

export const markdownMessage = (content: string): WebhookMessage => ({ msgtype: 'markdown', markdown: { content } });

export const textMessage = (content: string, mentioned: string[] = []): WebhookMessage => ({
  msgtype: 'text',
  text: mentioned.length ? { content, mentioned_list: mentioned } : { content },
});

/** WeCom wants the image base64-encoded plus the md5 of the raw bytes, at most 2 MB. */
export function imageMessage(bytes: Uint8Array): WebhookMessage {
  if (bytes.length > IMAGE_MAX_BYTES) throw new Error(`image of ${bytes.length} bytes exceeds WeCom's 2 MB limit`);
  const buf = Buffer.from(bytes);
  return { msgtype: 'image', image: { base64: buf.toString('base64'), md5: createHash('md5').update(buf).digest('hex') } };
}
