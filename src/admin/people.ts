// Roles from the chat and the CLI: who is the liaison (联络员) of which unit, and who reads as a leader.
// Admins themselves come from configuration only, so no chat message can make someone an admin.
import { UserError } from '../errors.ts';
import type { Binding } from '../store/schema.ts';
import type { Store, WriteContext } from '../store/store.ts';
import type { Clock } from '../time/china.ts';
import { requireUnit } from './units.ts';

const USER_ID = /^[A-Za-z0-9_.@-]{1,64}$/;

export function checkUserId(userId: string): string {
  if (!USER_ID.test(userId)) throw new UserError(`「${userId}」不像企业微信账号（userid 由字母、数字和 _ . @ - 组成）。`);
  return userId;
}

export interface LiaisonListing { unit: string; liaisons: Binding[] }

/** Every directory unit with its liaisons; units without one come first, as they need attention. */
export function listLiaisons(store: Store): LiaisonListing[] {
  const bindings = store.state().bindings;
  return store
    .directory()
    .units.map((u) => ({ unit: u.name, liaisons: bindings.filter((b) => b.unit === u.name) }))
    .sort((a, b) => Math.sign(a.liaisons.length) - Math.sign(b.liaisons.length) || a.unit.localeCompare(b.unit, 'zh'));
}

export interface SetLiaisonResult { unit: string; replaced: string[]; previousUnit: string | null; unchanged: boolean }

/** Makes `userId` the liaison of the unit, replacing the unit's current liaison and the user's other binding. */
export async function setLiaison(store: Store, ctx: WriteContext, clock: Clock, rawUserId: string, unitName: string): Promise<SetLiaisonResult> {
  const userId = checkUserId(rawUserId);
  const unit = requireUnit(store, unitName).name;
  const result: SetLiaisonResult = { unit, replaced: [], previousUnit: null, unchanged: false };
  await store.updateState(ctx, (s) => {
    const mine = s.bindings.find((b) => b.userId === userId);
    const others = s.bindings.filter((b) => b.unit === unit && b.userId !== userId);
    if (mine?.unit === unit && others.length === 0) {
      result.unchanged = true;
      return [];
    }
    result.previousUnit = mine && mine.unit !== unit ? mine.unit : null;
    result.replaced = others.map((b) => b.userId);
    const binding: Binding = { userId, unit, since: clock().toISOString() };
    s.bindings = [...s.bindings.filter((b) => b.userId !== userId && b.unit !== unit), binding];
    return [{ action: 'liaison.set', before: [...(mine ? [mine] : []), ...others], after: binding }];
  });
  return result;
}

export async function setLeader(store: Store, ctx: WriteContext, rawUserId: string): Promise<{ added: boolean }> {
  const userId = checkUserId(rawUserId);
  let added = false;
  await store.updateState(ctx, (s) => {
    if (s.leaders.includes(userId)) return [];
    s.leaders = [...s.leaders, userId];
    added = true;
    return [{ action: 'leader.set', before: null, after: userId }];
  });
  return { added };
}

export async function removeLeader(store: Store, ctx: WriteContext, rawUserId: string): Promise<{ removed: boolean }> {
  const userId = checkUserId(rawUserId);
  let removed = false;
  await store.updateState(ctx, (s) => {
    if (!s.leaders.includes(userId)) return [];
    s.leaders = s.leaders.filter((l) => l !== userId);
    removed = true;
    return [{ action: 'leader.remove', before: userId, after: null }];
  });
  return { removed };
}
