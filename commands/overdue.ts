// 「逾期」「哪些任务逾期了」: open assignments past their date, most overdue first.
import type { Command } from '../src/bot/command.ts';
import { storeData, todayOf } from '../src/bot/context-data.ts';
import { pagedReply } from '../src/bot/reply.ts';
import { overdueOf } from '../src/progress/progress.ts';
import { renderOverdue } from '../src/render/progress.ts';

export const overduePatterns: RegExp[] = [/逾期|超期|过期|延期/];

export const overdue: Command = {
  name: 'overdue',
  patterns: overduePatterns,
  async handle(ctx) {
    return pagedReply(ctx, renderOverdue(overdueOf(storeData(ctx), todayOf(ctx))));
  },
};
