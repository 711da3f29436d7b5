// 「县司法局还有哪些任务」「卫健局的任务」: a named unit's open tasks, with fuzzy names and suggestions.
import type { Command } from '../src/bot/command.ts';
import { findUnit } from '../src/bot/context-data.ts';
import { unitNotFound } from '../src/bot/resolve-unit.ts';
import { unitTaskListReply } from './unit-task-list.ts';

export const unitTasksPatterns: RegExp[] = [
  /^(?:查询?|查看|看看|请问)?\s*(?<unit>[^\s\d,，?？][^\s,，?？]{1,19}?)\s*(?:还有|有)?(?:哪些|什么|多少)?(?:没完成的?|未完成的?|没有完成的?|待办的?|的)?(?:任务|工作|待办|事项)/,
];

export const unitTasks: Command = {
  name: 'unit-tasks',
  patterns: unitTasksPatterns,
  async handle(ctx, match) {
    const query = match.groups?.unit ?? '';
    const found = findUnit(ctx, query);
    if (!found.match) return { markdown: [unitNotFound(query, found)] };
    return unitTaskListReply(ctx, found.match);
  },
};
