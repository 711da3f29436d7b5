// 「逾期」「哪些任务逾期了」: open assignments past their date, most overdue first; 「县司法局逾期任务」
// or 「我单位逾期的」 narrows the list to one unit. The pages are kept per version of the data and unit.
import type { Command } from '../src/bot/command.ts';
import { storeData, todayOf } from '../src/bot/context-data.ts';
import { pagedReply } from '../src/bot/reply.ts';
import { unitAskedFor } from '../src/bot/unit-in-text.ts';
import { memoByData } from '../src/progress/memo.ts';
import { overdueOf } from '../src/progress/progress.ts';
import { overduePages } from '../src/render/progress.ts';

export const overduePatterns: RegExp[] = [/逾期|超期|过期|延期/];

export const overdue: Command = {
  name: 'overdue',
  patterns: overduePatterns,
  async handle(ctx) {
    const asked = unitAskedFor(ctx, /逾期|超期|过期|延期/g);
    if ('reply' in asked) return { markdown: [asked.reply] };
    const data = storeData(ctx);
    const today = todayOf(ctx);
    const unit = asked.unit;
    const pages = memoByData(data.plans, data.state, `overdue-pages:${today}:${unit ?? ''}`, () => {
      const all = overdueOf(data, today);
      return overduePages(unit ? all.filter((v) => v.assignment.unit === unit) : all, unit);
    });
    return pagedReply(ctx, pages);
  },
};
