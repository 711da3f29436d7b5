// Where each role sits in a table's rows. Exact grids (docx/xlsx/html) know every cell's column, so the
// header's columns say it all. Text exports lose merged cells, so there the layout is the header's
// roles anchored at both ends, with the category levels in between taking whatever cells are left.
import type { GridRow, GridTable } from '../source.ts';
import type { ColumnRole } from './header.ts';

export interface ExactLayout {
  exact: true;
  /** Role of every grid column. */
  columns: ColumnRole[];
  /** Category level of every grid column, -1 for other columns. */
  levelOfColumn: number[];
  categoryCount: number;
}

export interface TextLayout {
  exact: false;
  /** Roles before the category cells, read from the left. */
  left: ColumnRole[];
  /** Roles after the category cells, read from the right. */
  right: ColumnRole[];
  categoryCount: number;
  /** Cells in a full row. */
  width: number;
}

export type TableLayout = ExactLayout | TextLayout;

/** Number of cells up to the last one holding text. */
export const filledWidth = (row: GridRow): number => {
  for (let i = row.cells.length - 1; i >= 0; i--) if (row.cells[i].text.trim()) return i + 1;
  return 0;
};

/** The role of every grid column, from a header row's cells (spans included) and their roles. */
export function headerColumns(headerRow: GridRow, roles: Array<ColumnRole | null>, width: number): Array<ColumnRole | null> {
  const columns: Array<ColumnRole | null> = [];
  let roleIndex = 0;
  for (const cell of headerRow.cells) {
    const role = cell.text.trim() && !cell.continued ? (roles[roleIndex] ?? 'other') : null;
    if (cell.text.trim() && !cell.continued) roleIndex++;
    for (let k = 0; k < Math.max(1, cell.span); k++) columns.push(role);
  }
  while (columns.length < width) columns.push(null);
  return columns;
}

export function exactLayout(headerColumnRoles: Array<ColumnRole | null>): ExactLayout {
  const columns = headerColumnRoles.map((r) => r ?? 'other');
  let level = 0;
  const levelOfColumn = columns.map((role) => (role === 'category' ? level++ : -1));
  return { exact: true, columns, levelOfColumn, categoryCount: level };
}

export function textLayout(roles: Array<ColumnRole | null>, table: GridTable, dataFrom: number): TextLayout {
  const named = roles.filter((r): r is ColumnRole => r !== null);
  const first = named.indexOf('category');
  let left: ColumnRole[];
  let right: ColumnRole[];
  if (first >= 0) {
    left = named.slice(0, first);
    right = named.slice(named.lastIndexOf('category') + 1);
  } else {
    const leadingNo = named[0] === 'no' ? 1 : 0;
    left = named.slice(0, leadingNo);
    right = named.slice(leadingNo);
  }
  // A fold, not Math.max(...rows): a table may have more rows than a call has arguments.
  const width = table.rows.slice(dataFrom).reduce((w, row) => Math.max(w, filledWidth(row)), named.length);
  return { exact: false, left, right, categoryCount: Math.max(0, width - left.length - right.length), width };
}

/** A layout for a table without a header that continues the previous one (page break, split table). */
export function continueLayout(previous: TableLayout, table: GridTable): TableLayout {
  if (previous.exact && table.exactGrid) return previous;
  const roles: ColumnRole[] = previous.exact ? previous.columns : [...previous.left, 'category', ...previous.right];
  return textLayout(roles, table, 0);
}
