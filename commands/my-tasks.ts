// 「我单位还有哪些任务」「我们还有什么没完成」「本单位待办」: the sender's unit's open tasks.
import type { Command } from '../src/bot/command.ts';
import { unitTaskListReply } from './unit-task-list.ts';

export const myTasksPatterns: RegExp[] = [
  /^(?:我的|我们的|本单位的?|我单位的?)?(?:任务|待办|待办事项)(?:清单|列表)?$/,
  // 「我单位逾期的任务」 is the overdue command's, narrowed to the unit.
  /^(?!.*(?:逾期|超期|过期|延期))(?:.*)(?:我单位|我们单位|本单位|我们|我局|本局|咱们|咱单位).*(?:任务|待办|没完成|未完成|没有完成|没办完|工作)/,
];

export const myTasks: Command = {
  name: 'my-tasks',
  patterns: myTasksPatterns,
  async handle(ctx) {
    if (!ctx.unit) {
      return { markdown: ['您还没有绑定单位，无法确定“本单位”。请先发送「绑定 单位名称」，例如「绑定 县司法局」；也可以直接问「县司法局还有哪些任务」。'] };
    }
    return unitTaskListReply(ctx, ctx.unit);
  },
};
