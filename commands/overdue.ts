// 「逾期」「哪些任务逾期了」: open assignments past their date, most overdue first; 「县司法局逾期任务」
// or 「我单位逾期的」 narrows the list to one unit.
import type { Command, CommandContext } from '../src/bot/command.ts';
import { findUnit, storeData, todayOf } from '../src/bot/context-data.ts';
import { pagedReply } from '../src/bot/reply.ts';
import { unitNotFound } from '../src/bot/resolve-unit.ts';
import { overdueOf } from '../src/progress/progress.ts';
import { renderOverdue } from '../src/render/progress.ts';

export const overduePatterns: RegExp[] = [/逾期|超期|过期|延期/];

const FILLER = /逾期|超期|过期|延期|任务|工作|事项|哪些|什么|有|还|了|的|吗|呢|查看?|查询|看看|请问|[?？!！。,，\s]/g;
const MINE = /^(?:我单位|本单位|我们单位|我们|我局|本局)$/;

/** The unit the question is about, null for all units, or the sentence saying the name is unknown. */
function unitAskedFor(ctx: CommandContext): { unit: string | null } | { reply: string } {
  const rest = ctx.text.replace(FILLER, '');
  if (!rest) return { unit: null };
  if (MINE.test(rest)) return ctx.unit ? { unit: ctx.unit } : { reply: '您还没有绑定单位，请先发送「绑定 单位名称」；或发送「逾期」查看全部逾期任务。' };
  const found = findUnit(ctx, rest);
  return found.match ? { unit: found.match } : { reply: unitNotFound(rest, found) };
}

export const overdue: Command = {
  name: 'overdue',
  patterns: overduePatterns,
  async handle(ctx) {
    const asked = unitAskedFor(ctx);
    if ('reply' in asked) return { markdown: [asked.reply] };
    const all = overdueOf(storeData(ctx), todayOf(ctx));
    const views = asked.unit ? all.filter((v) => v.assignment.unit === asked.unit) : all;
    return pagedReply(ctx, renderOverdue(views, asked.unit));
  },
};
