// Which unit a question is narrowed to, if any: 「县司法局逾期任务」「我单位进度」. What is left of the
// text once the command's own words are removed is the unit name; 「我单位」 means the sender's unit.
import type { CommandContext } from './command.ts';
import { findUnit } from './context-data.ts';
import { unitNotFound } from './resolve-unit.ts';

const COMMON = /任务|工作|事项|情况|哪些|什么|有|还|了|的|吗|呢|查看?|查询|看看|请问|[?？!！。,，\s]/g;
const MINE = /^(?:我单位|本单位|我们单位|我们|我局|本局)$/;

/** `{ unit: null }` when the text names no unit; a reply when it names one that cannot be found. */
export function unitAskedFor(ctx: CommandContext, commandWords: RegExp): { unit: string | null } | { reply: string } {
  const rest = ctx.text.replace(commandWords, '').replace(COMMON, '');
  if (!rest) return { unit: null };
  if (MINE.test(rest)) return ctx.unit ? { unit: ctx.unit } : { reply: '您还没有绑定单位，请先发送「绑定 单位名称」，例如「绑定 县司法局」。' };
  const found = findUnit(ctx, rest);
  return found.match ? { unit: found.match } : { reply: unitNotFound(rest, found) };
}
