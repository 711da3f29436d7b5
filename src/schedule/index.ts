// Installs the scheduled pushes configured in Config: the weekly summary when a leaders' group webhook
// is set, the daily reminder when the liaisons' group webhook is set. `startSchedules` makes up
// today's missed runs, then starts the timers; call it once at server start-up.
import { Cron } from 'croner';
import { ConfigError, type Config } from '../config.ts';
import type { Logger } from '../log.ts';
import type { Store } from '../store/store.ts';
import type { Clock } from '../time/china.ts';
import type { WebhookSender } from '../delivery/webhook-sender.ts';
import type { NotifyAdmins } from '../delivery/report-failure.ts';
import { reminderJob } from './reminder-job.ts';
import { createScheduler, type Job, type RunOutcome, type Scheduler } from './scheduler.ts';
import { weeklySummaryJob } from './weekly-job.ts';

export interface ScheduleDeps {
  store: Store;
  config: Config;
  clock: Clock;
  log: Logger;
  sender: WebhookSender;
  /** Tells the admins when a whole run fails (e.g. the summary could not be built); optional. */
  notifyAdmins?: NotifyAdmins | null;
}

const JOB_NAMES: Record<string, string> = { weekly: '领导周报', reminder: '每日督办提醒' };

/** Start-up fails on a schedule croner cannot read, naming the setting, not at the first firing. */
function checkPattern(pattern: string, setting: string): void {
  try {
    new Cron(pattern, { paused: true }).stop();
  } catch (e) {
    throw new ConfigError(`配置有误，请修改后重新启动：\n${setting}：不是有效的 cron 表达式（${pattern}）：${(e as Error).message}`);
  }
}

export function configuredJobs({ store, config, clock, log, sender }: ScheduleDeps): Job[] {
  const jobs: Job[] = [];
  checkPattern(config.schedule.weekly, 'DUBAN_WEEKLY_CRON');
  if (config.webhooks.leaders.length) {
    jobs.push(weeklySummaryJob({ store, clock, sender, pattern: config.schedule.weekly, webhooks: config.webhooks.leaders }));
  } else log.warn('no leaders group webhook configured (WECOM_WEBHOOK_LEADERS): weekly summary is off');
  if (config.webhooks.liaisons) {
    const { reminderTime: time, reminderDays: withinDays } = config.schedule;
    jobs.push(reminderJob({ store, clock, log, sender, time, withinDays, webhook: config.webhooks.liaisons }));
  } else log.warn('no liaisons group webhook configured (WECOM_WEBHOOK_LIAISONS): daily reminders are off');
  return jobs;
}

export function createSchedules(deps: ScheduleDeps): Scheduler {
  const notify = deps.notifyAdmins;
  return createScheduler({
    store: deps.store,
    clock: deps.clock,
    log: deps.log,
    jobs: configuredJobs(deps),
    onRunFailed: notify
      ? (job, key, e) => notify(`【定时推送失败】${JOB_NAMES[job.name] ?? job.name}（${key}）没有完成：${e.message}。今天内重启服务会自动补发，也可以用 report 命令手动推送。`)
      : undefined,
  });
}

/**
 * Starts the cron timers and makes up today's missed runs in the background: a catch-up that paces
 * many messages may take minutes and must not hold up the server's start. `caughtUp` settles when done.
 */
export async function startSchedules(deps: ScheduleDeps): Promise<Scheduler & { caughtUp: Promise<Record<string, RunOutcome>> }> {
  const scheduler = createSchedules(deps);
  scheduler.start();
  const caughtUp = scheduler.catchUp().then((outcomes) => {
    deps.log.info('schedules started', { caughtUp: outcomes, next: Object.fromEntries(scheduler.jobs.map((j) => [j.name, scheduler.nextRun(j)?.toISOString() ?? null])) });
    return outcomes;
  });
  return Object.assign(scheduler, { caughtUp });
}

export type { Job, RunOutcome, Scheduler } from './scheduler.ts';
