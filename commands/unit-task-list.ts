// Shared by 「我单位还有哪些任务」 and 「县司法局还有哪些任务」: a unit's open tasks, paged.
import type { BotReply } from '../src/bot/message.ts';
import type { CommandContext } from '../src/bot/command.ts';
import { storeData, todayOf } from '../src/bot/context-data.ts';
import { pagedReply } from '../src/bot/reply.ts';
import { unitWork } from '../src/progress/progress.ts';
import { LIST_LIMIT } from '../src/render/paginate.ts';
import { unitTaskPages } from '../src/render/task-list.ts';

export function unitTaskListReply(ctx: CommandContext, unit: string): BotReply {
  const { counts, open } = unitWork(storeData(ctx), unit, todayOf(ctx), LIST_LIMIT);
  return pagedReply(ctx, unitTaskPages(unit, counts, open));
}
