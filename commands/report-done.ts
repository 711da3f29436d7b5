// 「完成 12」「12已完成 https://…」「3、5、7 已完成」「第十二项完成了，链接：…」: marks the sender's
// unit's assignments done, with the evidence link and the reporter. Admins may report for a unit.
import { changeState } from '../src/bot/change-state.ts';
import type { Command, CommandContext } from '../src/bot/command.ts';
import { findUnit, todayOf } from '../src/bot/context-data.ts';
import type { BotReply } from '../src/bot/message.ts';
import { parseReport } from '../src/bot/parse-report.ts';
import { unitNotFound } from '../src/bot/resolve-unit.ts';
import { assignmentIdFor } from '../src/ledger/assignment-id.ts';
import { agendaOf } from '../src/progress/agenda.ts';
import { pendingDone, unitDoneCount } from '../src/progress/done-tally.ts';
import { planIndex, taskKey, type PlanIndex, type TaskRef } from '../src/progress/plan-index.ts';
import { recordDone, type DoneOutcome } from '../src/progress/reporting.ts';
import { countLine } from '../src/render/task-list.ts';
import type { Assignment, StateData } from '../src/store/schema.ts';
import type { Change } from '../src/store/store.ts';
import { inChina } from '../src/time/china.ts';

const LIST = String.raw`\d+(?:\s*[、,和及与/]\s*\d+|\s+\d+)*`;
// 「任务12完成了吗？」 is a question, not a report: it goes on to the task detail.
const NOT_A_QUESTION = String.raw`^(?!.*(?:吗|么|\?|没有|是否))`;
export const reportDonePatterns: RegExp[] = [
  new RegExp(NOT_A_QUESTION + String.raw`(?<core>(?:已经?)?(?:完成|办结)了?\s*(?:第|任务)?\s*${LIST})`),
  new RegExp(NOT_A_QUESTION + String.raw`.*?(?<core>(?:第\s*${LIST}\s*项|任务\s*${LIST}|${LIST}\s*号?\s*(?:任务)?)\s*(?:已经?|都|也)?\s*(?:完成|办结|办完))`),
  new RegExp(NOT_A_QUESTION + String.raw`.*?(?<core>(?:完成|办结)了?\s*(?:第\s*${LIST}\s*项|任务\s*${LIST}|${LIST}\s*号任务))`),
];

/** Which unit the report is for, or the sentence refusing it. */
function actingUnit(ctx: CommandContext, rest: string): { unit: string; onBehalf: boolean } | { refuse: string } {
  const named = rest ? findUnit(ctx, rest) : null;
  if (ctx.role === 'admin') {
    if (named?.match) return { unit: named.match, onBehalf: named.match !== ctx.unit };
    if (named && !ctx.unit) return { refuse: unitNotFound(rest, named) };
    if (ctx.unit) return { unit: ctx.unit, onBehalf: false };
    return { refuse: '请注明为哪个单位报告，例如「完成 12 县司法局」。' };
  }
  if (!ctx.unit) {
    const why = ctx.role === 'leader' ? '领导账号只能查询进度。' : '您还没有绑定单位。';
    return { refuse: `${why}报告完成需要先绑定单位：发送「绑定 单位名称」，例如「绑定 县司法局」。` };
  }
  if (named?.match && named.match !== ctx.unit) {
    return { refuse: `您是 ${ctx.unit} 的联络员，只能报告本单位的任务；为 ${named.match} 报告需由该单位联络员或管理员操作。` };
  }
  return { unit: ctx.unit, onBehalf: false };
}

function outcomeLine(n: number, unit: string, o: DoneOutcome): string {
  const link = o.report.evidence ? `，佐证：${o.report.evidence}` : '';
  if (o.kind === 'done') return `✅ 任务${n}：已记录 ${unit} 完成${link}${o.reopened ? '（退回后重新报告）' : ''}。`;
  const at = inChina(o.report.reportedAt).format('M月D日 HH:mm');
  if (o.evidenceAdded) return `任务${n}：${unit} 已于${at}报告完成，本次补充了佐证链接${link}。`;
  return `任务${n}：${unit} 已于${at}由 ${o.report.reportedBy} 报告完成，无需重复报告。`;
}

// The unit's count line after this report: totals from the day's agenda; done from the tally of the
// committed data (which catches up by the reports written since it last counted, instead of comparing
// every report), stepped to the data this write's batch starts from, plus what this write and those
// batched before it changed.
function unitCounts(ctx: CommandContext, data: StateData, base: Readonly<StateData>, unit: string) {
  const agenda = agendaOf(ctx.store.plans(), todayOf(ctx));
  const done = unitDoneCount(agenda, ctx.store.state().reports, base.reports, unit) + pendingDone(agenda, data, unit);
  return { total: agenda.unitTotals.get(unit)?.total ?? 0, done, overdue: 0, rate: 0 };
}

/** The unit's assignment on the task: by its id, not by scanning the task's units (a task for
 *  各镇街道、县直各部门 has a hundred); the scan remains for an id of another form. */
function assignmentOf(ctx: CommandContext, index: PlanIndex, ref: TaskRef, unit: string): Assignment | undefined {
  const byId = agendaOf(ctx.store.plans(), todayOf(ctx)).byId.get(assignmentIdFor(ref.plan.id, ref.task.id, unit))?.assignment;
  if (byId?.unit === unit && byId.planId === ref.plan.id && byId.taskId === ref.task.id) return byId;
  return index.byTask.get(taskKey(ref.plan.id, ref.task.id))?.find((a) => a.unit === unit);
}

export const reportDone: Command = {
  name: 'report-done',
  patterns: reportDonePatterns,
  async handle(ctx, match): Promise<BotReply> {
    const req = parseReport(ctx.text, match.groups?.core ?? match[0]);
    const acting = actingUnit(ctx, req.rest);
    if ('refuse' in acting) return { markdown: [acting.refuse] };
    const { unit, onBehalf } = acting;
    const index = planIndex(ctx.store.plans());
    return changeState(ctx, (data, base) => {
      const at = ctx.clock().toISOString();
      const changes: Change[] = [];
      const lines: string[] = [];
      for (const n of req.numbers) {
        const ref = index.taskByNumber.get(n);
        if (!ref) {
          lines.push(`任务${n}：没有这个编号的任务（或所属工作要点已归档），请核对编号。`);
          continue;
        }
        const mine = assignmentOf(ctx, index, ref, unit);
        if (!mine) {
          const assigned = index.byTask.get(taskKey(ref.plan.id, ref.task.id)) ?? [];
          lines.push(`任务${n}：没有分配给 ${unit}（责任单位：${assigned.map((a) => a.unit).join('、') || '无'}），无需报告。`);
          continue;
        }
        const r = recordDone(data, mine, { userId: ctx.msg.userId, at, evidence: req.evidence }, base);
        changes.push(...r.changes);
        lines.push(outcomeLine(n, unit, r.outcome));
      }
      const by = onBehalf ? `报告人：${ctx.msg.userId}（管理员代 ${unit} 报告）` : `报告人：${ctx.msg.userId}`;
      lines.push(by, `${unit}：${countLine(unitCounts(ctx, data, base, unit))}`);
      if (!req.evidence && changes.length) lines.push('如有佐证材料链接，可发送「任务号 已完成 链接」补充。');
      return { changes, reply: lines.join('\n') };
    });
  },
};
