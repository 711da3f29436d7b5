// Reads one table row into the roles of its cells: 序号, category levels, requirement, units and
// deadline. First by position (the layout); when that reading is implausible — a sentence in a
// category cell, a unit list where the requirement belongs — by what each cell's text looks like,
// keeping category cells at their levels. Rows read the second way are flagged for review.
import type { GridRow } from '../source.ts';
import { isUnitRole, type ColumnRole, type UnitRole } from './header.ts';
export type { UnitRole } from './header.ts';
import type { TableLayout } from './layout.ts';
import { placeExact, placeText, type PlacedCell } from './cell-placement.ts';
import { couldBeUnits, looksLikeDeadline, looksLikeNumber, looksLikeUnits, tooLongForCategory } from './cell-kinds.ts';
import { headingOf } from './heading-row.ts';
import { normalizeText } from './normalize.ts';

export interface CategoryCell {
  /** First and last category level (0-based) the cell covers. */
  level: number;
  lastLevel: number;
  /** Raw cell text; '' for an empty or continued cell. */
  text: string;
  /** Vertically merged with the cell above: always the same value as above. */
  continued: boolean;
  /** Covered by the requirement cell of this row: the levels have no value here, nothing is inherited. */
  cleared?: boolean;
}


export interface RowReading {
  no: string;
  /** The 序号 cell is merged with the one above (exact grids only): the row shares its number. */
  noContinued?: boolean;
  categories: CategoryCell[];
  requirement: string;
  /** Unit cells; `continued` ones repeat the cell above (a vertical merge). */
  units: Array<{ role: UnitRole; text: string; continued?: boolean }>;
  /** '' when empty (inherits), null when the table has no deadline column. */
  deadline: string | null;
  /** True when cells were re-assigned by content because the positions did not make sense. */
  realigned: boolean;
  /** A section heading row inside the table (「一、主动公开」 across the row), else null. */
  heading: string | null;
}

function emptyReading(hasDeadline: boolean): RowReading {
  return { no: '', categories: [], requirement: '', units: [], deadline: hasDeadline ? '' : null, realigned: false, heading: null };
}

function readPlaced(placed: PlacedCell[], hasDeadline: boolean): RowReading {
  const reading = emptyReading(hasDeadline);
  for (const { role, level, lastLevel, cell, cleared } of placed) {
    const text = cell.continued ? '' : cell.text;
    if (role === 'category' && level >= 0) reading.categories.push({ level, lastLevel, text, continued: cell.continued, cleared });
    else if (role === 'no') {
      reading.no = text.trim();
      reading.noContinued = cell.continued;
    }
    else if (role === 'requirement') reading.requirement = joinTexts(reading.requirement, text);
    else if (isUnitRole(role)) reading.units.push({ role, text, continued: cell.continued });
    else if (role === 'deadline') reading.deadline = joinTexts(reading.deadline ?? '', text);
  }
  return reading;
}

const joinTexts = (a: string, b: string): string => (a.trim() && b.trim() ? `${a}\n${b}` : a.trim() ? a : b);

const MAX_DEADLINE = 40;

/** A positional reading makes sense when each cell holds the kind of text its column is for. */
function plausible(reading: RowReading): boolean {
  const requirement = normalizeText(reading.requirement);
  const units = reading.units.map((u) => normalizeText(u.text)).filter(Boolean);
  if (units.some((u) => !couldBeUnits(u))) return false;
  // A unit list where the requirement belongs, with the unit column empty: the row drifted left.
  if (requirement && looksLikeUnits(requirement) && units.length === 0) return false;
  if (reading.categories.some((c) => tooLongForCategory(normalizeText(c.text)))) return false;
  if (!requirement && units.length > 0) return false;
  const deadline = normalizeText(reading.deadline ?? '');
  if (deadline.length > MAX_DEADLINE || (deadline && looksLikeUnits(deadline) && !looksLikeDeadline(deadline))) return false;
  return true;
}

/** Re-assigns the cells of an implausible row by their content, keeping short texts in category cells. */
function readByContent(placed: PlacedCell[], hasDeadline: boolean): RowReading {
  const reading = emptyReading(hasDeadline);
  reading.realigned = true;
  const texts: string[] = [];
  const textOf = (p: PlacedCell) => (p.cell.continued ? '' : normalizeText(p.cell.text));
  // Only the last unit list is the units; an earlier one is more likely a requirement naming units.
  let unitsAt = -1;
  placed.forEach((p, i) => p.role !== 'no' && textOf(p) && looksLikeUnits(textOf(p)) && (unitsAt = i));
  for (const [index, { role, level, lastLevel, cell }] of placed.entries()) {
    const text = textOf(placed[index]);
    if (role === 'no') {
      reading.no = text;
      reading.noContinued = cell.continued;
    }
    if (placed[index].cleared) reading.categories.push({ level, lastLevel, text: '', continued: false, cleared: true });
    if (role === 'no' || !text) continue;
    if (index === unitsAt) reading.units = [{ role: isUnitRole(role) ? role : 'units', text: cell.text }];
    else if (hasDeadline && (role === 'deadline' || texts.length > 0) && looksLikeDeadline(text)) reading.deadline = cell.text;
    else if (role === 'category' && level >= 0 && !tooLongForCategory(text) && texts.length === 0)
      reading.categories.push({ level, lastLevel, text: cell.text, continued: false });
    else texts.push(cell.text);
  }
  // A lone short text at a lower category level beside a unit list is the requirement of a row that
  // lost a merged category cell, not a new sub-category (which would come with its parent).
  const named = reading.categories.filter((c) => c.text.trim());
  if (texts.length === 0 && reading.units.length > 0 && named.length === 1 && named[0].level > 0) {
    texts.push(named[0].text);
    reading.categories = reading.categories.filter((c) => c !== named[0]);
  }
  reading.requirement = texts.join('\n');
  return reading;
}

export function readRow(row: GridRow, layout: TableLayout, hasDeadline: boolean): RowReading {
  const placed = layout.exact ? placeExact(row, layout) : placeText(row, layout);
  const heading = headingOf(row, layout, (cell) => placed?.find((p) => p.cell === cell)?.role);
  if (heading) return { ...emptyReading(hasDeadline), heading };
  if (placed) {
    const literal = readPlaced(placed, hasDeadline);
    if (plausible(literal)) return literal;
  }
  const fallback = placed ?? row.cells.map((cell, i) => ({ role: 'category' as ColumnRole, level: i, lastLevel: i, cell }));
  if (!placed && fallback.length && !layout.exact && layout.left[0] === 'no' && looksLikeNumber(fallback[0].cell.text)) {
    fallback[0] = { ...fallback[0], role: 'no', level: -1 };
    fallback.slice(1).forEach((p) => (p.level = p.lastLevel = p.level - 1));
  }
  return readByContent(fallback, hasDeadline);
}
