// The group-webhook sender: one FIFO queue per webhook, paced to WeCom's 20 messages a minute, each
// message retried with exponential backoff on network errors, 5xx and WeCom errcodes. A message that
// still fails is handed to `onFailure` (log, audit, admins): never dropped silently.
import type { Logger } from '../log.ts';
import { postWebhook } from './post-webhook.ts';
import { rateWindow, type RateWindow } from './rate-window.ts';
import type { Timers } from './timers.ts';
import type { WebhookMessage } from './webhook-message.ts';
import { webhookLabel, webhookUrl } from './webhook-target.ts';

export interface RetryPolicy {
  /** Total tries per message, the first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}
export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 2_000, maxDelayMs: 60_000 };

export interface DeliveryFailure {
  /** The webhook as it may be shown (last four characters of the key). */
  webhook: string;
  /** What was being sent, in words: 「周报（第2/3条）」. */
  what: string;
  msgtype: WebhookMessage['msgtype'];
  attempts: number;
  reason: string;
}

export interface Outgoing {
  message: WebhookMessage;
  what: string;
}

export interface SendOutcome {
  what: string;
  ok: boolean;
  attempts: number;
  reason?: string;
}

export interface WebhookSenderDeps {
  apiBase: string;
  timers: Timers;
  log: Logger;
  onFailure: (f: DeliveryFailure) => Promise<void>;
  retry?: RetryPolicy;
  perMinute?: number;
  fetchImpl?: typeof fetch;
}

export interface WebhookSender {
  /** Queues messages for one webhook, in order; resolves when each was delivered or finally failed. */
  send(keyOrUrl: string, items: Outgoing[]): Promise<SendOutcome[]>;
}

export function createWebhookSender(deps: WebhookSenderDeps): WebhookSender {
  const retry = deps.retry ?? DEFAULT_RETRY;
  const queues = new Map<string, { tail: Promise<unknown>; window: RateWindow }>();

  const queueFor = (key: string) => {
    let q = queues.get(key);
    if (!q) queues.set(key, (q = { tail: Promise.resolve(), window: rateWindow(deps.perMinute ?? 20) }));
    return q;
  };

  async function deliver(keyOrUrl: string, window: RateWindow, item: Outgoing): Promise<SendOutcome> {
    const url = webhookUrl(deps.apiBase, keyOrUrl);
    const webhook = webhookLabel(keyOrUrl);
    let reason = '';
    for (let attempt = 1; attempt <= retry.attempts; attempt++) {
      const wait = window.waitMs(deps.timers.now());
      if (wait > 0) await deps.timers.sleep(wait);
      window.record(deps.timers.now());
      const result = await postWebhook(url, item.message, deps.fetchImpl);
      if (result.ok) return { what: item.what, ok: true, attempts: attempt };
      reason = result.reason;
      deps.log.warn('webhook send failed', { webhook, what: item.what, attempt, reason, retryable: result.retryable });
      if (!result.retryable) return fail(attempt);
      if (attempt < retry.attempts) await deps.timers.sleep(Math.min(retry.baseDelayMs * 2 ** (attempt - 1), retry.maxDelayMs));
    }
    return fail(retry.attempts);

    async function fail(attempts: number): Promise<SendOutcome> {
      const failure: DeliveryFailure = { webhook, what: item.what, msgtype: item.message.msgtype, attempts, reason };
      try {
        await deps.onFailure(failure);
      } catch (e) {
        deps.log.error('reporting a failed webhook send failed too', { ...failure, error: e as Error });
      }
      return { what: item.what, ok: false, attempts, reason };
    }
  }

  return {
    send(keyOrUrl, items) {
      const q = queueFor(keyOrUrl);
      const run = q.tail.then(async () => {
        const outcomes: SendOutcome[] = [];
        for (const item of items) outcomes.push(await deliver(keyOrUrl, q.window, item));
        return outcomes;
      });
      q.tail = run.catch(() => undefined);
      return run;
    },
  };
}
