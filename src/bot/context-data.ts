// What most commands start from: today's China date and the committed store data.
import { planIndex } from '../progress/plan-index.ts';
import type { StoreData } from '../progress/views.ts';
import { chinaDate } from '../time/china.ts';
import type { CommandContext } from './command.ts';
import { resolveUnit, type UnitMatch } from './resolve-unit.ts';

// Time-zone conversion is costly next to a map lookup; the China date only changes once a minute at most.
let lastMinute = NaN;
let lastDate = '';

export function todayOf(ctx: Pick<CommandContext, 'clock'>): string {
  const now = ctx.clock();
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== lastMinute) {
    lastDate = chinaDate(now);
    lastMinute = minute;
  }
  return lastDate;
}

export const storeData = (ctx: Pick<CommandContext, 'store'>): StoreData => ({ plans: ctx.store.plans(), state: ctx.store.state() });

/** Resolves a unit name against the directory and the units the active plans assign work to. */
export const findUnit = (ctx: Pick<CommandContext, 'store'>, query: string): UnitMatch =>
  resolveUnit(ctx.store.directory(), planIndex(ctx.store.plans()).units, query);
