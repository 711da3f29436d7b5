// The unit directory from the chat and the CLI: list, add, alias, rename, merge. Every change is
// audited; renaming and merging carry assignments, completion records and bindings to the new name.
import { UserError } from '../errors.ts';
import type { Store, WriteContext } from '../store/store.ts';
import type { DirectoryUnit, UnitKind } from '../units/types.ts';
import { guessUnitKind } from '../ledger/apply-diff.ts';
import { lookupExact, lookupUnit, normaliseUnitName, suggestUnits } from './unit-lookup.ts';
import { moveAssignments, moveState } from './move-unit.ts';

export interface UnitListing extends DirectoryUnit {
  assignments: number;
  liaisons: string[];
}

export function listUnits(store: Store): UnitListing[] {
  const counts = new Map<string, number>();
  const active = new Set(store.plans().plans.filter((p) => p.status === 'active').map((p) => p.id));
  for (const a of store.plans().assignments) if (active.has(a.planId)) counts.set(a.unit, (counts.get(a.unit) ?? 0) + 1);
  return store.directory().units.map((u) => ({
    ...u,
    assignments: counts.get(u.name) ?? 0,
    liaisons: store.state().bindings.filter((b) => b.unit === u.name).map((b) => b.userId),
  }));
}

/** The unit a name means, or a UserError with suggestions: admin edits never guess. */
export function requireUnit(store: Store, name: string): DirectoryUnit {
  const unit = lookupUnit(store.directory(), name);
  if (unit) return unit;
  const hints = suggestUnits(store.directory(), name).map((u) => u.name);
  throw new UserError(`单位名录中没有「${name}」。${hints.length ? `您是不是要找：${hints.join('、')}？` : '可先「添加单位 县XX局」。'}`);
}

export async function addUnit(store: Store, ctx: WriteContext, rawName: string, kind?: UnitKind): Promise<DirectoryUnit> {
  const name = normaliseUnitName(rawName);
  if (name.length < 2) throw new UserError('请写出单位全称，例如「添加单位 县数据局」。');
  const existing = lookupUnit(store.directory(), name);
  if (existing) throw new UserError(existing.name === name ? `「${name}」已在单位名录中。` : `「${name}」就是已有的「${existing.name}」。`);
  const unit: DirectoryUnit = { name, kind: kind ?? guessUnitKind(name), aliases: [] };
  await store.updateDirectory(ctx, (d) => {
    d.units.push(unit);
    return [{ action: 'unit.add', before: null, after: unit }];
  });
  return unit;
}

export type AliasResult =
  | { kind: 'alias'; unit: DirectoryUnit }
  /** The alias named a unit of its own: it was merged into the target. */
  | { kind: 'merged'; from: DirectoryUnit; into: DirectoryUnit; assignments: number };

/** 「别名 卫健局=县卫生健康局」: `alias` becomes another name of `target`; a unit of that name is merged into it. */
export async function addAlias(store: Store, ctx: WriteContext, rawAlias: string, targetName: string): Promise<AliasResult> {
  const alias = normaliseUnitName(rawAlias);
  const target = requireUnit(store, targetName);
  const current = lookupExact(store.directory(), alias);
  if (current?.name === target.name) throw new UserError(`「${alias}」已经是「${target.name}」的名称或别名。`);
  if (current && current.name !== alias)
    throw new UserError(`「${alias}」目前是「${current.name}」的别名。若两者是同一单位，请写「别名 ${current.name}=${target.name}」合并。`);
  if (current) return mergeUnits(store, ctx, current.name, target.name);
  let unit = target;
  await store.updateDirectory(ctx, (d) => {
    const i = d.units.findIndex((u) => u.name === target.name);
    unit = { ...d.units[i], aliases: [...d.units[i].aliases, alias] };
    const change = { action: 'unit.alias', before: d.units[i], after: unit };
    d.units[i] = unit;
    return [change];
  });
  return { kind: 'alias', unit };
}

/** Moves everything of unit `fromName` to `intoName`, then removes `fromName`, keeping its names as aliases. */
export async function mergeUnits(store: Store, ctx: WriteContext, fromName: string, intoName: string): Promise<AliasResult> {
  const from = requireUnit(store, fromName);
  const into = requireUnit(store, intoName);
  if (from.name === into.name) throw new UserError('要合并的是同一个单位。');
  await store.backup();
  let moved = 0;
  let ids = new Map<string, string>();
  await store.updatePlans(ctx, (d) => {
    const r = moveAssignments(d, from.name, into.name);
    ids = r.ids;
    moved = r.ids.size;
    return r.changes;
  });
  await store.updateState(ctx, (s) => moveState(s, from.name, into.name, ids));
  let merged = into;
  await store.updateDirectory(ctx, (d) => {
    const i = d.units.findIndex((u) => u.name === into.name);
    merged = { ...d.units[i], aliases: [...new Set([...d.units[i].aliases, from.name, ...from.aliases])] };
    d.units[i] = merged;
    d.units = d.units.filter((u) => u.name !== from.name);
    return [{ action: 'unit.merge', before: [from, into], after: merged }];
  });
  return { kind: 'merged', from, into: merged, assignments: moved };
}

/** 「单位改名 旧名=新名」: the unit's records follow it; the old name stays as an alias. */
export async function renameUnit(store: Store, ctx: WriteContext, fromName: string, rawTo: string): Promise<DirectoryUnit> {
  const from = requireUnit(store, fromName);
  const to = normaliseUnitName(rawTo);
  const clash = lookupUnit(store.directory(), to);
  if (clash && clash.name !== from.name) throw new UserError(`「${to}」已是单位「${clash.name}」。如果是同一单位，请用「别名 ${from.name}=${clash.name}」合并。`);
  if (from.name === to) throw new UserError('新旧名称相同。');
  await store.backup();
  let ids = new Map<string, string>();
  await store.updatePlans(ctx, (d) => {
    const r = moveAssignments(d, from.name, to);
    ids = r.ids;
    return r.changes;
  });
  await store.updateState(ctx, (s) => moveState(s, from.name, to, ids));
  const renamed: DirectoryUnit = { ...from, name: to, aliases: [...new Set([...from.aliases.filter((a) => a !== to), from.name])] };
  await store.updateDirectory(ctx, (d) => {
    const i = d.units.findIndex((u) => u.name === from.name);
    d.units[i] = renamed;
    return [{ action: 'unit.rename', before: from, after: renamed }];
  });
  return renamed;
}
