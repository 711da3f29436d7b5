// What most commands start from: today's China date and the committed store data.
import { planIndex } from '../progress/plan-index.ts';
import type { StoreData } from '../progress/views.ts';
import { chinaDate } from '../time/china.ts';
import type { CommandContext } from './command.ts';
import { resolveUnit, type UnitMatch } from './resolve-unit.ts';

export const todayOf = (ctx: Pick<CommandContext, 'clock'>): string => chinaDate(ctx.clock());

export const storeData = (ctx: Pick<CommandContext, 'store'>): StoreData => ({ plans: ctx.store.plans(), state: ctx.store.state() });

/** Resolves a unit name against the directory and the units the active plans assign work to. */
export const findUnit = (ctx: Pick<CommandContext, 'store'>, query: string): UnitMatch =>
  resolveUnit(ctx.store.directory(), planIndex(ctx.store.plans()).units, query);
