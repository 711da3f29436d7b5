// The daily deadline reminder: one text message per run into the liaisons' group, grouped by unit,
// with the units' liaisons @mentioned. Runs on working days only (Chinese calendar, make-up days on).
import { buildReminders } from '../report/reminder-figures.ts';
import { renderReminder } from '../report/render-reminder.ts';
import type { Store } from '../store/store.ts';
import { chinaDate, type Clock } from '../time/china.ts';
import { isWorkingDay } from '../time/working-days.ts';
import type { Logger } from '../log.ts';
import { textMessage } from '../delivery/webhook-message.ts';
import type { Outgoing, WebhookSender } from '../delivery/webhook-sender.ts';
import { reminderKey } from './run-keys.ts';
import type { Job } from './scheduler.ts';

export interface ReminderJobDeps {
  store: Store;
  clock: Clock;
  log: Logger;
  sender: WebhookSender;
  /** HH:mm China time. */
  time: string;
  withinDays: number;
  webhook: string;
}

/** The reminder for a day, or null when nothing is overdue or due soon. */
export function reminderMessage(store: Store, today: string, withinDays: number): Outgoing | null {
  const reminders = buildReminders(store.plans(), store.state(), today, withinDays);
  const text = renderReminder(reminders, today, withinDays);
  return text && { message: textMessage(text.content, text.mentioned), what: `督办提醒（${today}）` };
}

export const dailyPattern = (time: string) => {
  const [hh, mm] = time.split(':');
  return `${Number(mm)} ${Number(hh)} * * *`;
};

export function reminderJob(deps: ReminderJobDeps): Job {
  return {
    name: 'reminder',
    pattern: dailyPattern(deps.time),
    key: reminderKey,
    runsOn: isWorkingDay,
    async run() {
      const today = chinaDate(deps.clock());
      const message = reminderMessage(deps.store, today, deps.withinDays);
      if (!message) {
        deps.log.info('nothing to remind today', { today });
        return;
      }
      await deps.sender.send(deps.webhook, [message]);
    },
  };
}
