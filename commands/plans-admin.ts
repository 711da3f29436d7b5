// 「计划列表」「归档计划 P2」「恢复计划 P2」: the plan lifecycle. Archived plans leave queries,
// summaries and reminders, and stay in the ledger export and the audit log.
import type { Command, CommandContext } from '../src/bot/command.ts';
import type { BotReply } from '../src/bot/message.ts';
import { textReply } from '../src/bot/reply.ts';
import { adminOnly, rememberedReply, writeContext } from '../src/admin/chat.ts';
import { archivePlan, listPlans, restorePlan } from '../src/admin/plans.ts';
import { inChina } from '../src/time/china.ts';

export const plansAdminPatterns: RegExp[] = [
  /^(?<list>(?:计划|工作要点|要点)(?:列表|清单)|(?:查看|所有)计划)$/,
  /^归档(?:计划)?\s*(?<archive>[Pp]?\s*\d+)$/,
  /^(?:恢复|取消归档)(?:计划)?\s*(?<restore>[Pp]?\s*\d+)$/,
];

function renderList(ctx: CommandContext): BotReply {
  const plans = listPlans(ctx.store);
  if (plans.length === 0) return { markdown: ['还没有导入任何计划。管理员可把计划文件发给我，或写「导入计划 网址」。'] };
  const lines = ['**计划列表**'];
  for (const p of plans) {
    const numbers = p.numbers ? `任务编号 ${p.numbers[0]}–${p.numbers[1]}` : '无任务';
    const status = p.status === 'archived' ? '〔已归档〕' : '';
    lines.push(`- **${p.id}** ${p.title}${status}：${p.tasks} 项任务，${numbers}，完成 ${p.done}/${p.assignments}，导入于 ${inChina(p.importedAt).format('YYYY-MM-DD')}`);
  }
  return textReply(ctx, lines.join('\n'));
}

export const plansAdmin: Command = {
  name: 'plans-admin',
  patterns: plansAdminPatterns,
  async handle(ctx, match) {
    const g = match.groups ?? {};
    if (g.list) return renderList(ctx);
    const refused = adminOnly(ctx, g.archive ? '归档计划' : '恢复计划');
    if (refused) return refused;
    if (g.archive) {
      const { plan, changed } = await archivePlan(ctx.store, writeContext(ctx), g.archive);
      return rememberedReply(ctx, changed
        ? `已归档 **${plan.id} ${plan.title}**：它不再出现在查询、汇总和提醒中，仍保留在台账导出和审计记录里。发送「恢复计划 ${plan.id}」可恢复。`
        : `${plan.id} 已经是归档状态。`);
    }
    const { plan, changed } = await restorePlan(ctx.store, writeContext(ctx), g.restore);
    return rememberedReply(ctx, changed ? `已恢复 **${plan.id} ${plan.title}**，重新出现在查询、汇总和提醒中。` : `${plan.id} 本来就是进行中的计划。`);
  },
};
