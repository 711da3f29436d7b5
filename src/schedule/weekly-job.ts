// The weekly summary push: text parts in order, then one chart per plan, to every leaders' group.
// Each group is a step of the run, so after a crash only the groups not yet served get it.
import { buildWeeklySummary } from '../report/weekly-summary.ts';
import type { Store } from '../store/store.ts';
import type { Clock } from '../time/china.ts';
import { imageMessage, markdownMessage } from '../delivery/webhook-message.ts';
import type { Outgoing, WebhookSender } from '../delivery/webhook-sender.ts';
import { webhookId } from '../delivery/webhook-target.ts';
import { weeklyKey } from './run-keys.ts';
import type { Job } from './scheduler.ts';

export interface WeeklyJobDeps {
  store: Store;
  clock: Clock;
  sender: WebhookSender;
  pattern: string;
  webhooks: string[];
}

export function weeklySummaryMessages(store: Store, now: Date): Outgoing[] {
  const summary = buildWeeklySummary({ plans: store.plans(), state: store.state() }, now);
  const n = summary.parts.length;
  return [
    ...summary.parts.map((content, i) => ({ message: markdownMessage(content), what: n > 1 ? `周报（第${i + 1}/${n}条）` : '周报' })),
    ...summary.charts.map((c) => ({ message: imageMessage(c.png), what: `周报图表（${c.title}）` })),
  ];
}

export function weeklySummaryJob(deps: WeeklyJobDeps): Job {
  return {
    name: 'weekly',
    pattern: deps.pattern,
    key: weeklyKey,
    async run(ctx) {
      const messages = weeklySummaryMessages(deps.store, deps.clock());
      for (const webhook of deps.webhooks) {
        await ctx.step(`leaders#${webhookId(webhook)}`, async () => {
          await deps.sender.send(webhook, messages);
        });
      }
    },
  };
}
