// 「任务12」「12号任务详情」「第十二项」: one task with its category, requirement, deadline and units.
// The text is kept per task until one of its reports changes (or the plans or the day do): a task
// with a hundred units is looked at far more often than it is reported on.
import type { Command } from '../src/bot/command.ts';
import { storeData, todayOf } from '../src/bot/context-data.ts';
import { createKeptReplies } from '../src/bot/kept-replies.ts';
import { keptTextReply } from '../src/bot/reply.ts';
import { agendaOf } from '../src/progress/agenda.ts';
import { doneTally, taskStamp } from '../src/progress/done-tally.ts';
import { planIndex } from '../src/progress/plan-index.ts';
import { taskViews } from '../src/progress/views.ts';
import { renderTaskDetail } from '../src/render/task-detail.ts';

export const taskDetailPatterns: RegExp[] = [
  /(?:任务|第|序号|编号)\s*(?<n>\d+)\s*(?:号|项|条)?/,
  /(?<n>\d+)\s*(?:号|项)\s*(?:任务)?/,
  /^(?:查看?|查询|详情)?\s*(?<n>\d+)\s*(?:详情)?$/,
  // 「完成12了吗」: a question about a task (the report command leaves questions alone).
  /(?:完成|办结)了?\s*(?<n>\d+)/,
];

const kept = createKeptReplies<number, string>();

export const taskDetail: Command = {
  name: 'task-detail',
  patterns: taskDetailPatterns,
  async handle(ctx, match) {
    const number = Number(match.groups?.n);
    const data = storeData(ctx);
    const today = todayOf(ctx);
    const ref = planIndex(data.plans).taskByNumber.get(number);
    if (!ref) return { markdown: [`没有编号为${number}的任务（或它所属的工作要点已归档）。请核对任务编号。`] };
    const agenda = agendaOf(data.plans, today);
    doneTally(agenda, data.state.reports);
    const stamp = taskStamp(agenda, data.state.reports, ref.plan.id, ref.task.id);
    const text = kept(agenda, number, stamp, () => {
      const found = taskViews(data, number, today)!;
      return renderTaskDetail(found.plan, found.task, found.views);
    });
    return keptTextReply(ctx, text);
  },
};
