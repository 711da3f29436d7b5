// Shared by 「我单位还有哪些任务」 and 「县司法局还有哪些任务」: a unit's open tasks, paged.
// The pages are kept per unit until one of its reports changes (or the plans or the day do): a
// unit's list is asked for far more often than its reports change, and pages render on demand.
import type { BotReply } from '../src/bot/message.ts';
import type { CommandContext } from '../src/bot/command.ts';
import { storeData, todayOf } from '../src/bot/context-data.ts';
import { createKeptReplies } from '../src/bot/kept-replies.ts';
import { pagedReply } from '../src/bot/reply.ts';
import { agendaOf } from '../src/progress/agenda.ts';
import { doneTally, unitStamp } from '../src/progress/done-tally.ts';
import { unitWork } from '../src/progress/progress.ts';
import { LIST_LIMIT, PAGE_ITEMS, type Pages } from '../src/render/paginate.ts';
import { unitTaskPages } from '../src/render/task-list.ts';

const kept = createKeptReplies<string, Pages>();

export function unitTaskListReply(ctx: CommandContext, unit: string): BotReply {
  const data = storeData(ctx);
  const today = todayOf(ctx);
  const agenda = agendaOf(data.plans, today);
  doneTally(agenda, data.state.reports);
  // The first page's items now; all LIST_LIMIT of the same data only when 「更多」 asks for them.
  const pages = kept(agenda, unit, unitStamp(agenda, data.state.reports, unit), () =>
    unitTaskPages(unit, unitWork(data, unit, today, PAGE_ITEMS), () => unitWork(data, unit, today, LIST_LIMIT)),
  );
  return pagedReply(ctx, pages);
}
