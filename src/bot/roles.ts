// Who the sender is: admins and leaders by user id (configuration, plus leaders set from chat), and
// liaisons by their binding to a unit. Admin outranks leader outranks liaison.
import type { Config } from '../config.ts';
import type { Binding, Role, StateData } from '../store/schema.ts';

export interface Identity {
  role: Role | null;
  /** The unit the user is liaison for, or null. */
  unit: string | null;
}

export const bindingOf = (state: Readonly<StateData>, userId: string): Binding | undefined =>
  state.bindings.find((b) => b.userId === userId);

export const liaisonsOf = (state: Readonly<StateData>, unit: string): Binding[] => state.bindings.filter((b) => b.unit === unit);

export function identify(userId: string, config: Config, state: Readonly<StateData>): Identity {
  const unit = bindingOf(state, userId)?.unit ?? null;
  if (config.admins.includes(userId)) return { role: 'admin', unit };
  if (config.leaders.includes(userId) || state.leaders.includes(userId)) return { role: 'leader', unit };
  return { role: unit ? 'liaison' : null, unit };
}

export const ROLE_NAMES: Record<Role, string> = { admin: '管理员', leader: '领导', liaison: '联络员' };
