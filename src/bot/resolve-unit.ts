// Which unit a chat message names: 「县司法局」「司法局」「卫健局」. Exact names and aliases win; then a
// unique partial match; anything else gets suggestions, never a guess.
// The units engineer's findUnits (src/units/) is the intended resolver; until it lands this one works
// over the directory plus the unit names the plans use, with the same result shape.
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
  const known = new Map<string, DirectoryUnit>();
  for (const u of dir.units) known.set(u.name, u);
  for (const name of planUnits) if (!known.has(name)) known.set(name, { name, kind: '其他', aliases: [] });
  const units = [...known.values()];
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
