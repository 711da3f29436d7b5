// A task's unit refs → the directory units it is assigned to. Plain units map by canonical name or
// alias; groups expand to the directory's units of the right kinds, less any exclusions. Whatever
// cannot be resolved is returned in `unresolved` with the reason, never dropped or guessed.
import type { UnitRef, UnitRole } from '../plan/types.ts';
import { indexDirectory, lookupExact, lookupWithoutPrefix } from './directory-index.ts';
import { describeGroup } from './groups.ts';
import type { DirectoryUnit, UnitDirectory } from './types.ts';

export interface UnitResolution {
  assignments: { unit: string; role: UnitRole }[];
  unresolved: { text: string; reason: string }[];
}

type Outcome = { units: DirectoryUnit[] } | { reason: string };

function resolvePlain(name: string, index: ReadonlyMap<string, DirectoryUnit>): Outcome {
  const exact = lookupExact(index, name);
  if (exact) return { units: [exact] };
  const prefixed = lookupWithoutPrefix(index, name);
  if (prefixed.length === 1) return { units: prefixed };
  if (prefixed.length > 1) return { reason: `「${name}」可能是${prefixed.map((u) => u.name).join('或')}，请写全称` };
  return { reason: `单位目录中没有「${name}」，请在目录中添加该单位或别名` };
}

function resolveGroup(name: string, dir: Readonly<UnitDirectory>, index: ReadonlyMap<string, DirectoryUnit>): Outcome {
  const meaning = describeGroup(name);
  if (meaning.open) return { reason: `「${name}」没有列明是哪些单位，请人工指定` };
  if (!meaning.kinds) return { reason: `「${name}」没有列明具体单位，请人工指定` };
  const excluded = new Set(meaning.except.map((n) => lookupExact(index, n)?.name ?? n));
  const kinds = meaning.kinds;
  const units = dir.units.filter((u) => kinds.includes(u.kind) && !excluded.has(u.name));
  if (units.length === 0) return { reason: `单位目录中没有可归入「${name}」的单位（${kinds.join('、')}）` };
  return { units };
}

export function resolveUnits(refs: readonly UnitRef[], dir: Readonly<UnitDirectory>): UnitResolution {
  const index = indexDirectory(dir);
  const roles = new Map<string, UnitRole>();
  const unresolved: UnitResolution['unresolved'] = [];
  for (const ref of refs) {
    const outcome = ref.group ? resolveGroup(ref.name, dir, index) : resolvePlain(ref.name, index);
    if ('reason' in outcome) {
      unresolved.push({ text: ref.name, reason: outcome.reason });
      continue;
    }
    // A unit named as lead keeps that role even when a group also covers it.
    for (const u of outcome.units) if (roles.get(u.name) !== 'lead') roles.set(u.name, ref.role);
  }
  return { assignments: [...roles].map(([unit, role]) => ({ unit, role })), unresolved };
}
