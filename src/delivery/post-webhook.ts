// One attempt at a group-webhook send, classified for the retry loop: network errors, HTTP 5xx/429
// and WeCom error codes are worth retrying; a refused key or a malformed message is not.
import type { WebhookMessage } from './webhook-message.ts';

export type PostResult =
  | { ok: true }
  | { ok: false; retryable: boolean; reason: string };

/** errcodes retrying cannot fix: bad webhook key, malformed or empty message, image too large. */
const PERMANENT_ERRCODES = new Set([93000, 93004, 40008, 44004, 40009, 40058, 300005]);
const TIMEOUT_MS = 10_000;

export async function postWebhook(url: string, message: WebhookMessage, fetchImpl: typeof fetch = fetch): Promise<PostResult> {
  let res: Response;
  try {
    res = await fetchImpl(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(message),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (e) {
    return { ok: false, retryable: true, reason: `网络错误：${(e as Error).message}` };
  }
  const text = await res.text().catch(() => '');
  if (res.status >= 500 || res.status === 429) return { ok: false, retryable: true, reason: `HTTP ${res.status}` };
  if (!res.ok) return { ok: false, retryable: false, reason: `HTTP ${res.status}` };
  let body: { errcode?: number; errmsg?: string };
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, retryable: true, reason: '应答不是 JSON' };
  }
  if (body.errcode === 0) return { ok: true };
  const code = body.errcode ?? -1;
  return { ok: false, retryable: !PERMANENT_ERRCODES.has(code), reason: `errcode ${code}：${body.errmsg ?? ''}` };
}
