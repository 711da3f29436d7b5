// What happens to a push that finally failed: an error in the log, an entry in the audit, and a
// message to the admins through the app message API when the app is configured. Each step is
// attempted even if an earlier one fails, so the failure is never lost silently.
import type { Logger } from '../log.ts';
import type { Store } from '../store/store.ts';
import type { DeliveryFailure } from './webhook-sender.ts';

export type NotifyAdmins = (text: string) => Promise<void>;

export interface FailureReportDeps {
  log: Logger;
  store: Store;
  /** Sends a text to every admin (app message API); null when no app is configured. */
  notifyAdmins: NotifyAdmins | null;
}

export const describeFailure = (f: DeliveryFailure) =>
  `【推送失败】${f.what}未能发到群机器人 ${f.webhook}（已尝试 ${f.attempts} 次，最后一次：${f.reason}）。请检查该群机器人的 Webhook 地址或网络，必要时用 \`report weekly --dry-run\` 查看内容后手动转发。`;

export function createFailureReporter(deps: FailureReportDeps): (f: DeliveryFailure) => Promise<void> {
  return async (f) => {
    deps.log.error('webhook send finally failed', { ...f });
    const steps: Promise<unknown>[] = [
      deps.store.updateState({ actor: 'system', channel: 'system', msgId: null }, () => [
        { action: 'delivery.failed', before: null, after: { ...f } },
      ]),
    ];
    if (deps.notifyAdmins) steps.push(deps.notifyAdmins(describeFailure(f)));
    const results = await Promise.allSettled(steps);
    for (const r of results) {
      if (r.status === 'rejected') deps.log.error('could not record or report a failed push', { ...f, error: r.reason as Error });
    }
  };
}
