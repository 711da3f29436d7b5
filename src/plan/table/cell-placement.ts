// Where each cell of a row sits: its column role and, for category columns, the levels it covers.
import type { GridCell, GridRow } from '../source.ts';
import type { ColumnRole } from './header.ts';
import type { ExactLayout, TextLayout } from './layout.ts';

export interface PlacedCell {
  role: ColumnRole;
  level: number;
  lastLevel: number;
  cell: GridCell;
  cleared?: boolean;
}


export function placeExact(row: GridRow, layout: ExactLayout): PlacedCell[] {
  const placed: PlacedCell[] = [];
  let column = 0;
  for (const cell of row.cells) {
    const span = Math.max(1, cell.span);
    const role = layout.columns[column] ?? 'other';
    const levels = layout.levelOfColumn.slice(column, column + span).filter((l) => l >= 0);
    const spansRow = column === 0 && span >= layout.columns.length && layout.columns.length > 1;
    // A cell reaching into the requirement column is the requirement (a task with no separate 工作任务,
    // or no 二级 category): the category levels it covers are empty in this row, not inherited.
    const intoRequirement = role !== 'requirement' && layout.columns.slice(column + 1, column + span).includes('requirement');
    if (spansRow) placed.push({ role: 'category', level: 0, lastLevel: Math.max(0, layout.categoryCount - 1), cell });
    else if (intoRequirement) {
      if (levels.length) placed.push({ role: 'category', level: levels[0], lastLevel: levels.at(-1)!, cell: { text: '', span: 1, continued: false }, cleared: true });
      placed.push({ role: 'requirement', level: -1, lastLevel: -1, cell });
    } else placed.push({ role, level: levels[0] ?? -1, lastLevel: levels.at(-1) ?? -1, cell });
    column += span;
  }
  return placed;
}

export function placeText(row: GridRow, layout: TextLayout): PlacedCell[] | null {
  const cells = row.cells.slice(0, Math.max(layout.width, 0));
  const { left, right, categoryCount } = layout;
  const middle = cells.length - left.length - right.length;
  if (middle < 0) return null;
  const placed: PlacedCell[] = [];
  cells.forEach((cell, i) => {
    if (i < left.length) placed.push({ role: left[i], level: -1, lastLevel: -1, cell });
    else if (i >= cells.length - right.length) placed.push({ role: right[i - (cells.length - right.length)], level: -1, lastLevel: -1, cell });
    else {
      const level = i - left.length;
      const last = level === middle - 1 ? Math.max(level, categoryCount - 1) : level;
      placed.push({ role: 'category', level, lastLevel: last, cell });
    }
  });
  return placed;
}
