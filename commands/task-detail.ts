// 「任务12」「12号任务详情」「第十二项」: one task with its category, requirement, deadline and units.
import type { Command } from '../src/bot/command.ts';
import { storeData, todayOf } from '../src/bot/context-data.ts';
import { textReply } from '../src/bot/reply.ts';
import { taskViews } from '../src/progress/views.ts';
import { renderTaskDetail } from '../src/render/task-detail.ts';

export const taskDetailPatterns: RegExp[] = [
  /(?:任务|第|序号|编号)\s*(?<n>\d+)\s*(?:号|项|条)?/,
  /(?<n>\d+)\s*(?:号|项)\s*(?:任务)?/,
  /^(?:查看?|查询|详情)?\s*(?<n>\d+)\s*(?:详情)?$/,
  // 「完成12了吗」: a question about a task (the report command leaves questions alone).
  /(?:完成|办结)了?\s*(?<n>\d+)/,
];

export const taskDetail: Command = {
  name: 'task-detail',
  patterns: taskDetailPatterns,
  async handle(ctx, match) {
    const number = Number(match.groups?.n);
    const found = taskViews(storeData(ctx), number, todayOf(ctx));
    if (!found) return { markdown: [`没有编号为${number}的任务（或它所属的工作要点已归档）。请核对任务编号。`] };
    return textReply(ctx, renderTaskDetail(found.plan, found.task, found.views));
  },
};
