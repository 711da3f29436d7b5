// 「周报」: the weekly summary leaders get in their group, on demand, as text in the chat (no chart).
// Leaders and admins only: it names every unit's figures, which liaisons have no need to browse.
import type { Command } from '../src/bot/command.ts';
import { textReply } from '../src/bot/reply.ts';
import { buildWeeklySummary } from '../src/report/weekly-summary.ts';

export const weeklyReportPatterns: RegExp[] = [/^(?:查看|看看|发一?下|生成)?(?:本周|这周|上周)?(?:督办)?(?:周报|周简报|一周(?:进展|总结))$/];

export const weeklyReport: Command = {
  name: 'weekly-report',
  patterns: weeklyReportPatterns,
  async handle(ctx) {
    if (ctx.role !== 'leader' && ctx.role !== 'admin') {
      return { markdown: ['周报只对领导和管理员开放。您可以发送「进度」查看总体进度，或「我的任务」查看本单位任务。'] };
    }
    const summary = buildWeeklySummary({ plans: ctx.store.plans(), state: ctx.store.state() }, ctx.clock(), { charts: false });
    return textReply(ctx, summary.markdown);
  },
};
