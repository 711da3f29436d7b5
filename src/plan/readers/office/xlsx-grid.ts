// One worksheet as plain rows of cells: merged ranges become a master cell `span` columns wide and
// `continued` cells below it; text in the hidden parts of a merge is ignored, as Excel shows none.
// Only rows holding text are visited, so a sheet formatted down to row 1,048,576 stays cheap.
import { cell, type GridCell } from '../../source.ts';
import type { CellRange, SheetData } from './sheet-data.ts';

export interface SheetRow {
  rowNo: number;
  cells: GridCell[];
}

/** For one row: column → the merged range covering it. */
function rowMerges(ranges: CellRange[], rowNo: number): Map<number, CellRange> {
  const at = new Map<number, CellRange>();
  for (const r of ranges) {
    if (r.top > rowNo || r.bottom < rowNo) continue;
    for (let col = r.left; col <= r.right && col <= 16384; col++) at.set(col, r);
  }
  return at;
}

/** Rows with any text, in order, trimmed to the columns that hold text anywhere in the sheet. */
export function sheetRows(sheet: SheetData): SheetRow[] {
  const shown = new Map<number, Map<number, string>>();
  let left = Infinity;
  let right = 0;
  for (const [rowNo, cols] of sheet.texts) {
    const merges = rowMerges(sheet.merges, rowNo);
    for (const [col, text] of cols) {
      const merge = merges.get(col);
      if ((merge && (merge.top !== rowNo || merge.left !== col)) || !text.trim()) continue;
      if (!shown.has(rowNo)) shown.set(rowNo, new Map());
      shown.get(rowNo)!.set(col, text);
      left = Math.min(left, col);
      right = Math.max(right, col);
    }
  }

  const rows: SheetRow[] = [];
  // A row whose only content is the continuation of merges above adds nothing, so text rows suffice.
  for (const rowNo of [...shown.keys()].sort((a, b) => a - b)) {
    const merges = rowMerges(sheet.merges, rowNo);
    const cells: GridCell[] = [];
    for (let col = left; col <= right; ) {
      const merge = merges.get(col);
      const span = merge ? Math.min(merge.right, right) - col + 1 : 1;
      if (merge && merge.top !== rowNo) cells.push(cell('', span, true));
      else cells.push(cell(shown.get(rowNo)?.get(col) ?? '', span));
      col += span;
    }
    rows.push({ rowNo, cells });
  }
  return rows;
}
