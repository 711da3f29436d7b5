// WeCom's rules for group webhooks, as the stand-in enforces them: at most 20 messages a minute per key
// (errcode 45009 beyond), content size limits (also those of the app message API), and the faults a
// test asks for.
import type { Clock } from '../time/china.ts';

export type WebhookFault = { kind: 'http500' } | { kind: 'errcode'; errcode?: number; errmsg?: string } | { kind: 'drop' };

export const PER_MINUTE = 20;

/** Sliding one-minute window per webhook key, on an injectable clock. */
export class WebhookRateLimiter {
  private readonly sent = new Map<string, number[]>();
  constructor(private readonly clock: Clock, private readonly perMinute = PER_MINUTE) {}

  /** Counts one send for `key`; false when the key is over its limit (that send is not counted). */
  admit(key: string): boolean {
    const now = this.clock().getTime();
    const recent = (this.sent.get(key) ?? []).filter((t) => now - t < 60_000);
    if (recent.length >= this.perMinute) {
      this.sent.set(key, recent);
      return false;
    }
    recent.push(now);
    this.sent.set(key, recent);
    return true;
  }
}

/** Faults queued by a test, consumed one per webhook send. */
export class FaultQueue {
  private readonly queue: WebhookFault[] = [];
  add(n: number, fault: WebhookFault): void {
    for (let i = 0; i < n; i++) this.queue.push(fault);
  }
  next(): WebhookFault | undefined {
    return this.queue.shift();
  }
  clear(): void {
    this.queue.length = 0;
  }
}

export const WEBHOOK_LIMITS: Record<string, number> = { text: 2048, markdown: 4096, markdown_v2: 4096 };
/** message/send: text and markdown content at most 2048 bytes. */
export const APP_MESSAGE_LIMITS: Record<string, number> = { text: 2048, markdown: 2048 };

/** WeCom's answer to a malformed message body, or null when it is acceptable. */
export function checkMessageBody(body: unknown, limits: Record<string, number> = WEBHOOK_LIMITS): { errcode: number; errmsg: string } | null {
  const b = body as Record<string, { content?: unknown } | undefined> & { msgtype?: unknown };
  if (!b || typeof b.msgtype !== 'string') return { errcode: 40008, errmsg: 'invalid message type' };
  const limit = limits[b.msgtype];
  if (limit === undefined) return null;
  const content = b[b.msgtype]?.content;
  if (typeof content !== 'string' || content === '') return { errcode: 44004, errmsg: 'empty content' };
  if (Buffer.byteLength(content) > limit) return { errcode: 45002, errmsg: `content exceeds ${limit} bytes` };
  return null;
}
