// 「进度」「总体进度」: completion overall and by unit.
import type { Command } from '../src/bot/command.ts';
import { storeData, todayOf } from '../src/bot/context-data.ts';
import { pagedReply } from '../src/bot/reply.ts';
import { progressOf } from '../src/progress/progress.ts';
import { renderProgress } from '../src/render/progress.ts';

export const progressPatterns: RegExp[] = [/(?:总体|整体|全县|各单位)?(?:进度|进展|完成情况|完成率)/];

export const progress: Command = {
  name: 'progress',
  patterns: progressPatterns,
  async handle(ctx) {
    const today = todayOf(ctx);
    return pagedReply(ctx, renderProgress(progressOf(storeData(ctx), today), today));
  },
};
