// 「进度」「总体进度」: completion overall and by unit. 「县司法局进度」「我单位完成情况」 answers for one
// unit with its count line and open tasks.
import type { Command } from '../src/bot/command.ts';
import { storeData, todayOf } from '../src/bot/context-data.ts';
import { pagedReply } from '../src/bot/reply.ts';
import { unitAskedFor } from '../src/bot/unit-in-text.ts';
import { progressOf, type Progress } from '../src/progress/progress.ts';
import type { Pages } from '../src/render/paginate.ts';
import { progressPages } from '../src/render/progress.ts';
import { unitTaskListReply } from './unit-task-list.ts';

export const progressPatterns: RegExp[] = [/(?:总体|整体|全县|各单位)?(?:进度|进展|完成情况|完成率)/];

/** The command's own words; what is left of the text names the unit, if any. */
const PROGRESS_WORDS = /总体|整体|全县|各单位|进度|进展|完成情况|完成率|怎么样|如何/g;

// Figures are memoised per data version and day (one object each), so their pages are too: several
// people ask between two writes. Pages render when shown, so a rebuild after a report renders one.
const rendered = new WeakMap<Progress, Pages>();

export const progress: Command = {
  name: 'progress',
  patterns: progressPatterns,
  async handle(ctx) {
    const asked = unitAskedFor(ctx, PROGRESS_WORDS);
    if ('reply' in asked) return { markdown: [asked.reply] };
    if (asked.unit) return unitTaskListReply(ctx, asked.unit);
    const today = todayOf(ctx);
    const figures = progressOf(storeData(ctx), today);
    let pages = rendered.get(figures);
    if (!pages) rendered.set(figures, (pages = progressPages(figures, today)));
    return pagedReply(ctx, pages);
  },
};
