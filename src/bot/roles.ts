// Who the sender is: admins and leaders by user id (configuration, plus leaders set from chat), and
// liaisons by their binding to a unit. Admin outranks leader outranks liaison.
import type { Config } from '../config.ts';
import type { Binding, Role, StateData } from '../store/schema.ts';

export interface Identity {
  role: Role | null;
  /** The unit the user is liaison for, or null. */
  unit: string | null;
}

// Every message looks its sender up: an index per bindings list (kept while the list is the same
// object, i.e. until a binding changes) instead of a scan. The first binding of a user wins, as find() does.
const byUser = new WeakMap<readonly Binding[], Map<string, Binding>>();

export function bindingOf(state: Readonly<StateData>, userId: string): Binding | undefined {
  let index = byUser.get(state.bindings);
  if (!index) {
    index = new Map();
    for (const b of state.bindings) if (!index.has(b.userId)) index.set(b.userId, b);
    // Only a committed (frozen) list is kept: a list still being edited could change under the index.
    if (Object.isFrozen(state.bindings)) byUser.set(state.bindings, index);
  }
  return index.get(userId);
}

export const liaisonsOf = (state: Readonly<StateData>, unit: string): Binding[] => state.bindings.filter((b) => b.unit === unit);

export function identify(userId: string, config: Config, state: Readonly<StateData>): Identity {
  const unit = bindingOf(state, userId)?.unit ?? null;
  if (config.admins.includes(userId)) return { role: 'admin', unit };
  if (config.leaders.includes(userId) || state.leaders.includes(userId)) return { role: 'leader', unit };
  return { role: unit ? 'liaison' : null, unit };
}

export const ROLE_NAMES: Record<Role, string> = { admin: '管理员', leader: '领导', liaison: '联络员' };
