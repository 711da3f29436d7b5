// Finds a table's header row (within its first rows, after a title row or two) and, below it, an
// optional second header row; gives the roles and the layout the data rows are read with.
import type { GridRow, GridTable } from '../source.ts';
import { readHeaderRoles, readSubHeaderRoles, type ColumnRole } from './header.ts';
import { exactLayout, headerColumns, textLayout, type TableLayout } from './layout.ts';

const HEADER_SEARCH_ROWS = 8;

export const rowTexts = (row: GridRow): string[] => row.cells.map((c) => c.text);

export interface Header {
  /** Index of the first data row. */
  dataFrom: number;
  roles: Array<ColumnRole | null>;
  layout: TableLayout;
}

export function findHeader(table: GridTable): Header | null {
  for (let i = 0; i < Math.min(HEADER_SEARCH_ROWS, table.rows.length); i++) {
    const roles = readHeaderRoles(rowTexts(table.rows[i]));
    if (!roles) continue;
    const sub = table.rows[i + 1] ? readSubHeaderRoles(rowTexts(table.rows[i + 1])) : null;
    const dataFrom = sub ? i + 2 : i + 1;
    if (table.exactGrid) {
      const width = table.rows.reduce((w, r) => Math.max(w, r.cells.reduce((n, c) => n + Math.max(1, c.span), 0)), 0);
      const columns = headerColumns(table.rows[i], roles, width);
      if (sub) headerColumns(table.rows[i + 1], sub.filter((r) => r !== null), width).forEach((r, c) => r && (columns[c] = r));
      // A column with a blank header before the requirement holds categories (the merged 「工作任务」 of a
      // header that names only the requirement and the units).
      const requirementAt = columns.indexOf('requirement');
      columns.forEach((r, c) => r === null && c < requirementAt && c > columns.lastIndexOf('no') && (columns[c] = 'category'));
      return { dataFrom, roles: columns, layout: exactLayout(columns) };
    }
    const merged = sub ? spliceUnitRoles(roles, sub) : roles;
    return { dataFrom, roles: merged, layout: textLayout(merged, table, dataFrom) };
  }
  return null;
}

/** Text exports cannot place a sub-header's cells; only 牵头/配合 under one unit column are kept. */
function spliceUnitRoles(roles: Array<ColumnRole | null>, sub: Array<ColumnRole | null>): Array<ColumnRole | null> {
  const unitRoles = sub.filter((r) => r === 'leadUnits' || r === 'memberUnits');
  const at = roles.indexOf('units');
  return unitRoles.length > 1 && at >= 0 ? [...roles.slice(0, at), ...unitRoles, ...roles.slice(at + 1)] : roles;
}

