// Shared by 「我单位还有哪些任务」 and 「县司法局还有哪些任务」: a unit's open tasks, paged.
import type { BotReply } from '../src/bot/message.ts';
import type { CommandContext } from '../src/bot/command.ts';
import { storeData, todayOf } from '../src/bot/context-data.ts';
import { pagedReply } from '../src/bot/reply.ts';
import { countViews } from '../src/progress/progress.ts';
import { openByUrgency, unitViews } from '../src/progress/views.ts';
import { renderUnitTasks } from '../src/render/task-list.ts';

export function unitTaskListReply(ctx: CommandContext, unit: string): BotReply {
  const views = unitViews(storeData(ctx), unit, todayOf(ctx));
  return pagedReply(ctx, renderUnitTasks(unit, countViews(views), openByUrgency(views)));
}
