// Which directory unit a chat user means: 「县司法局」「司法局」「卫健局」「县卫生局」. An exact name or
// alias (also without the county prefix) matches; otherwise a unique fuzzy candidate matches; several
// candidates give suggestions and no match, so the bot asks instead of guessing.
import { canonicalUnitName, COUNTY_PREFIX } from './aliases.ts';
import { indexDirectory, lookupExact, lookupWithoutPrefix } from './directory-index.ts';
import type { DirectoryUnit, UnitDirectory } from './types.ts';

export interface UnitSearch {
  match: DirectoryUnit | null;
  suggestions: DirectoryUnit[];
}

const MAX_SUGGESTIONS = 5;
const core = (s: string) => s.replace(COUNTY_PREFIX, '');

/** Whether every character of `needle` occurs in `hay` in order (「卫生局」 in 「卫生健康局」). */
function isSubsequence(needle: string, hay: string): boolean {
  let i = 0;
  for (const c of hay) if (c === needle[i]) i++;
  return i === needle.length;
}

/** Shared characters, 0..1: 「财务局」 is as close to 「财政局」 as to 「税务局」, and both get suggested. */
function charDice(a: string, b: string): number {
  const left = [...b];
  let common = 0;
  for (const c of a) {
    const at = left.indexOf(c);
    if (at >= 0) (common++, left.splice(at, 1));
  }
  return a.length + b.length ? (2 * common) / (a.length + b.length) : 0;
}

export function findUnits(dir: Readonly<UnitDirectory>, query: string): UnitSearch {
  const q = canonicalUnitName(query.replace(/的$/, ''));
  if (!q) return { match: null, suggestions: [] };
  const index = indexDirectory(dir);
  const exact = lookupExact(index, q);
  if (exact) return { match: exact, suggestions: [] };
  const prefixed = lookupWithoutPrefix(index, q);
  if (prefixed.length === 1) return { match: prefixed[0], suggestions: [] };
  if (prefixed.length > 1) return { match: null, suggestions: prefixed };

  const spellings = (u: DirectoryUnit) => [u.name, ...u.aliases].map((s) => core(canonicalUnitName(s)));
  const needle = core(q);
  const close = dir.units.filter((u) => needle.length >= 2 && spellings(u).some((s) => isSubsequence(needle, s)));
  if (close.length === 1) return { match: close[0], suggestions: [] };
  const ranked = (close.length ? close : dir.units)
    .map((u) => ({ u, score: Math.max(...spellings(u).map((s) => charDice(needle, s))) }))
    .filter((x) => close.length > 0 || x.score >= 0.5)
    .sort((a, b) => b.score - a.score);
  return { match: null, suggestions: ranked.slice(0, MAX_SUGGESTIONS).map((x) => x.u) };
}
