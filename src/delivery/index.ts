// Builds the webhook sender from configuration: real timers, failures reported to log, audit and
// (when the self-built app is configured) the admins. Pass `notifyAdmins` from the WeCom API client.
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import type { Store } from '../store/store.ts';
import type { Clock } from '../time/china.ts';
import { createFailureReporter, type NotifyAdmins } from './report-failure.ts';
import { realTimers, type Timers } from './timers.ts';
import { createWebhookSender, type RetryPolicy, type WebhookSender } from './webhook-sender.ts';

export interface DeliveryDeps {
  config: Config;
  store: Store;
  log: Logger;
  clock: Clock;
  notifyAdmins: NotifyAdmins | null;
  timers?: Timers;
  retry?: RetryPolicy;
}

export function createDelivery(deps: DeliveryDeps): WebhookSender {
  return createWebhookSender({
    apiBase: deps.config.apiBase,
    timers: deps.timers ?? realTimers(deps.clock),
    log: deps.log,
    retry: deps.retry,
    onFailure: createFailureReporter({ log: deps.log, store: deps.store, notifyAdmins: deps.notifyAdmins }),
  });
}

export { imageMessage, markdownMessage, textMessage, type WebhookMessage } from './webhook-message.ts';
export type { DeliveryFailure, Outgoing, SendOutcome, WebhookSender } from './webhook-sender.ts';
