// 「本周到期」: open assignments due from today to this Sunday (China time). The pages are kept per
// version of the data: a leader's group asks it again and again between two reports.
import type { Command } from '../src/bot/command.ts';
import { storeData, todayOf } from '../src/bot/context-data.ts';
import { pagedReply } from '../src/bot/reply.ts';
import { memoByData } from '../src/progress/memo.ts';
import { dueWithinOf } from '../src/progress/progress.ts';
import { dueThisWeekPages } from '../src/render/progress.ts';
import { addDays, daysToSunday } from '../src/time/china.ts';

export const dueThisWeekPatterns: RegExp[] = [/(?:本周|这周|这星期|本星期)(?:内)?(?:要|将)?(?:到期|截止|完成)/, /^(?:近期|即将)到期/];

export const dueThisWeek: Command = {
  name: 'due-this-week',
  patterns: dueThisWeekPatterns,
  async handle(ctx) {
    const data = storeData(ctx);
    const today = todayOf(ctx);
    const pages = memoByData(data.plans, data.state, `due-this-week-pages:${today}`, () => {
      const left = daysToSunday(today);
      return dueThisWeekPages(dueWithinOf(data, today, left), addDays(today, left));
    });
    return pagedReply(ctx, pages);
  },
};
