// 「退回 12 县司法局 原因：材料不全」: an admin reopens a unit's completion report and tells the unit.
import { changeState } from '../src/bot/change-state.ts';
import type { Command } from '../src/bot/command.ts';
import { findUnit } from '../src/bot/context-data.ts';
import type { BotReply } from '../src/bot/message.ts';
import { unitNotFound } from '../src/bot/resolve-unit.ts';
import { planIndex, taskKey } from '../src/progress/plan-index.ts';
import { recordReturn } from '../src/progress/reporting.ts';

export const returnReportPatterns: RegExp[] = [/^(?:退回|驳回|打回)\s*(?:第|任务)?\s*(?<n>\d+)\s*(?:号|项)?\s*(?<rest>.*)$/];

/** Splits 「县司法局 原因：材料不全」 into the unit name and the reason. */
function unitAndReason(rest: string): { unitText: string; reason: string } {
  const m = rest.match(/^(.*?)[\s,]*(?:原因|理由)\s*[:：]?\s*(.*)$/);
  if (m) return { unitText: m[1]!.trim(), reason: m[2]!.trim() };
  const [unitText = '', ...words] = rest.split(/[\s,]+/);
  return { unitText, reason: words.join(' ').trim() };
}

export const returnReport: Command = {
  name: 'return-report',
  patterns: returnReportPatterns,
  async handle(ctx, match): Promise<BotReply> {
    if (ctx.role !== 'admin') return { markdown: ['只有管理员可以退回完成报告。如对报告有疑问，请联系管理员。'] };
    const n = Number(match.groups!.n);
    const index = planIndex(ctx.store.plans());
    const ref = index.taskByNumber.get(n);
    if (!ref) return { markdown: [`没有编号为${n}的任务（或所属工作要点已归档），请核对编号。`] };
    const assigned = index.byTask.get(taskKey(ref.plan.id, ref.task.id)) ?? [];
    const { unitText, reason } = unitAndReason(match.groups!.rest ?? '');
    let unit: string;
    if (unitText) {
      const found = findUnit(ctx, unitText);
      if (!found.match) return { markdown: [unitNotFound(unitText, found)] };
      unit = found.match;
    } else if (assigned.length === 1) unit = assigned[0]!.unit;
    else return { markdown: [`任务${n}有多个责任单位，请注明退回哪个单位，例如「退回 ${n} ${assigned[0]?.unit ?? '县司法局'} 原因：材料不全」。`] };
    const assignment = assigned.find((a) => a.unit === unit);
    if (!assignment) return { markdown: [`任务${n}没有分配给 ${unit}（责任单位：${assigned.map((a) => a.unit).join('、')}）。`] };
    if (!reason) return { markdown: [`请写明退回原因，例如「退回 ${n} ${unit} 原因：佐证材料不全」。`] };

    return changeState(ctx, (data, base) => {
      const r = recordReturn(data, assignment, { userId: ctx.msg.userId, at: ctx.clock().toISOString(), reason }, base);
      if (r.outcome.kind === 'not-done') {
        const now = r.outcome.report?.status === 'returned' ? '已被退回过' : '尚未报告完成';
        return { changes: [], reply: `任务${n}：${unit} ${now}，无需退回。` };
      }
      const liaisons = data.bindings.filter((b) => b.unit === unit).map((b) => `<@${b.userId}>`);
      const notify = liaisons.length ? `请 ${unit} 联络员 ${liaisons.join('、')} 重新办理后再次报告。` : `${unit} 尚未绑定联络员，请另行通知该单位重新办理。`;
      return { changes: r.changes, reply: `已退回任务${n}（${unit}）的完成报告，原因：${reason}。\n${notify}` };
    });
  },
};
