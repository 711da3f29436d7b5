// Exact lookups in the unit directory for admin operations: a canonical name or a listed alias.
// Admin edits must never guess, so there is no fuzzy matching here (chat queries use findUnits).
import type { DirectoryUnit, UnitDirectory } from '../units/types.ts';

export const normaliseUnitName = (name: string): string => name.replace(/[\s\u3000]/g, '');

/** Only a canonical name or a listed alias, exactly as written. */
export function lookupExact(dir: Readonly<UnitDirectory>, n: string): DirectoryUnit | null {
  return dir.units.find((u) => u.name === n) ?? dir.units.find((u) => u.aliases.includes(n)) ?? null;
}

/** A name or alias as written, or with the county prefix people leave out (司法局 → 县司法局). */
export function lookupUnit(dir: Readonly<UnitDirectory>, name: string): DirectoryUnit | null {
  const n = normaliseUnitName(name);
  if (!n) return null;
  return lookupExact(dir, n) ?? (/^[县市区]/.test(n) ? null : lookupExact(dir, `县${n}`));
}

/** Every unit a name could mean when the exact lookup fails: names and aliases containing it, for suggestions. */
export function suggestUnits(dir: Readonly<UnitDirectory>, name: string, limit = 5): DirectoryUnit[] {
  const n = normaliseUnitName(name).replace(/^县/, '');
  if (!n) return [];
  return dir.units.filter((u) => [u.name, ...u.aliases].some((s) => s.includes(n))).slice(0, limit);
}
