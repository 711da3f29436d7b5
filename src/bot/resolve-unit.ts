// Which unit a chat message names: 「县司法局」「司法局」「卫健局」. The unit directory decides first
// (findUnits: names, aliases, fuzzy); names the plans assign work to but the directory lacks are
// matched here the same way, so a store imported without a directory still answers. Exact names win,
// then a unique partial match; anything else gets suggestions, never a guess.
import { findUnits } from '../units/find-units.ts';
import type { DirectoryUnit, UnitDirectory } from '../units/types.ts';

export interface UnitMatch {
  /** The canonical unit name, or null when the name is unknown or ambiguous. */
  match: string | null;
  /** Likely meant units, best first (empty when matched). */
  suggestions: string[];
}

const clean = (s: string): string => s.replace(/[\s\u3000]/g, '').replace(/的$/, '');
const core = (s: string): string => s.replace(/^(?:县|区|市)/, '');

function bigrams(s: string): Set<string> {
  const chars = [...s];
  const out = new Set<string>();
  for (let i = 0; i < chars.length - 1; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const g of x) if (y.has(g)) common++;
  return (2 * common) / (x.size + y.size);
}

/** Resolves `query` against the directory and the names the plans assign work to. */
export function resolveUnit(dir: Readonly<UnitDirectory>, planUnits: readonly string[], query: string): UnitMatch {
  const q = clean(query);
  if (!q) return { match: null, suggestions: [] };
  if (planUnits.includes(q)) return { match: q, suggestions: [] };
  const inDirectory = findUnits(dir, q);
  if (inDirectory.match) return { match: inDirectory.match.name, suggestions: [] };
  const listed = new Set(dir.units.map((u) => u.name));
  const unlisted = planUnits.filter((name) => !listed.has(name));
  const fromPlans = matchNames(unlisted, q);
  if (fromPlans.match && inDirectory.suggestions.length === 0) return fromPlans;
  const suggestions = [...new Set([...inDirectory.suggestions.map((u) => u.name), ...fromPlans.suggestions, ...(fromPlans.match ? [fromPlans.match] : [])])];
  return { match: null, suggestions: suggestions.slice(0, 5) };
}

/** The same rules over bare names (units the plans use that the directory does not list). */
function matchNames(names: readonly string[], q: string): UnitMatch {
  const units: DirectoryUnit[] = names.map((name) => ({ name, kind: '其他', aliases: [] }));
  const spellings = (u: DirectoryUnit) => [u.name, ...u.aliases];

  const exact = units.filter((u) => spellings(u).includes(q) || spellings(u).some((s) => core(s) === core(q)));
  if (exact.length === 1) return { match: exact[0]!.name, suggestions: [] };
  if (exact.length > 1) return { match: null, suggestions: exact.map((u) => u.name) };

  const partial = units.filter((u) => spellings(u).some((s) => s.includes(core(q)) || (core(s).length >= 2 && q.includes(core(s)))));
  if (partial.length === 1 && [...core(q)].length >= 2) return { match: partial[0]!.name, suggestions: [] };
  if (partial.length > 1) return { match: null, suggestions: partial.slice(0, 5).map((u) => u.name) };

  const scored = units
    .map((u) => ({ name: u.name, score: Math.max(...spellings(u).map((s) => similarity(core(s), core(q)))) }))
    .filter((x) => x.score >= 0.3)
    .sort((a, b) => b.score - a.score);
  return { match: null, suggestions: scored.slice(0, 5).map((x) => x.name) };
}

/** 「您是不是要找：……」 for an unknown or ambiguous unit name. */
export function unitNotFound(query: string, m: UnitMatch): string {
  if (m.suggestions.length === 0) return `没有找到名为「${query}」的单位，请核对单位名称。`;
  return `「${query}」对应的单位不唯一或不存在。您是不是要找：${m.suggestions.join('、')}？`;
}
