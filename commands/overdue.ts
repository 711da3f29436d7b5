// 「逾期」「哪些任务逾期了」: open assignments past their date, most overdue first; 「县司法局逾期任务」
// or 「我单位逾期的」 narrows the list to one unit.
import type { Command } from '../src/bot/command.ts';
import { storeData, todayOf } from '../src/bot/context-data.ts';
import { pagedReply } from '../src/bot/reply.ts';
import { unitAskedFor } from '../src/bot/unit-in-text.ts';
import { overdueOf } from '../src/progress/progress.ts';
import { renderOverdue } from '../src/render/progress.ts';

export const overduePatterns: RegExp[] = [/逾期|超期|过期|延期/];

export const overdue: Command = {
  name: 'overdue',
  patterns: overduePatterns,
  async handle(ctx) {
    const asked = unitAskedFor(ctx, /逾期|超期|过期|延期/g);
    if ('reply' in asked) return { markdown: [asked.reply] };
    const all = overdueOf(storeData(ctx), todayOf(ctx));
    const views = asked.unit ? all.filter((v) => v.assignment.unit === asked.unit) : all;
    return pagedReply(ctx, renderOverdue(views, asked.unit));
  },
};
