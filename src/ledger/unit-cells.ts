// The directory units one 责任单位 cell of an edited ledger names. The cell is read the way the plan
// parser reads unit cells (several units, 牵头/配合 wording, abbreviations, groups such as 各镇) and
// resolved against the directory. A plain name the directory does not know becomes a new unit, listed
// in the preview before anything is written; a group that cannot be expanded is noted and skipped.
import type { UnitRef } from '../plan/types.ts';
import type { UnitDirectory } from '../units/types.ts';
import { parseUnitsText } from '../units/parse-units.ts';
import { resolveUnits } from '../units/resolve-units.ts';
import { lookupUnit, normaliseUnitName } from '../admin/unit-lookup.ts';

export interface UnitCellContext {
  dir: Readonly<UnitDirectory>;
  newUnits: Set<string>;
  notes: string[];
  /** Cell text → units, since a ledger repeats the same unit cells thousands of times. */
  cells: Map<string, string[]>;
}

const splitUnits = (cell: string): UnitRef[] =>
  cell.split(/[、，,；;\n]+/).map(normaliseUnitName).filter(Boolean).map((name) => ({ name, role: 'member', group: false }));

export function unitsOfCell(cell: string, where: string, ctx: UnitCellContext): string[] {
  const cached = ctx.cells.get(cell);
  if (cached) return cached;
  const parsed = parseUnitsText(cell);
  const names: string[] = [];
  for (const ref of parsed.length ? parsed : splitUnits(cell)) {
    const known = lookupUnit(ctx.dir, ref.name);
    if (known) { names.push(known.name); continue; }
    const r = resolveUnits([ref], ctx.dir);
    if (r.assignments.length) names.push(...r.assignments.map((a) => a.unit));
    else if (!ref.group) {
      const name = normaliseUnitName(ref.name);
      ctx.newUnits.add(name);
      names.push(name);
    } else ctx.notes.push(`${where}：${r.unresolved.map((u) => u.reason).join('；') || `「${ref.name}」无法对应到具体单位`}，已忽略。`);
  }
  ctx.cells.set(cell, names);
  return names;
}
