// 「本周到期」: open assignments due from today to this Sunday (China time).
import type { Command } from '../src/bot/command.ts';
import { storeData, todayOf } from '../src/bot/context-data.ts';
import { pagedReply } from '../src/bot/reply.ts';
import { dueWithinOf } from '../src/progress/progress.ts';
import { renderDueThisWeek } from '../src/render/progress.ts';
import { inChina } from '../src/time/china.ts';

export const dueThisWeekPatterns: RegExp[] = [/(?:本周|这周|这星期|本星期)(?:内)?(?:要|将)?(?:到期|截止|完成)/, /^(?:近期|即将)到期/];

export const dueThisWeek: Command = {
  name: 'due-this-week',
  patterns: dueThisWeekPatterns,
  async handle(ctx) {
    const now = inChina(ctx.clock());
    // Chinese weeks end on Sunday: days left until then (0 on a Sunday).
    const daysToSunday = (7 - now.day()) % 7;
    const until = now.add(daysToSunday, 'day').format('YYYY-MM-DD');
    return pagedReply(ctx, renderDueThisWeek(dueWithinOf(storeData(ctx), todayOf(ctx), daysToSunday), until));
  },
};
