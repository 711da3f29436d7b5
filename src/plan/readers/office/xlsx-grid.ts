// One worksheet as plain rows of cells: merged ranges become a master cell `span` columns wide and
// `continued` cells below it; text in the hidden parts of a merge is ignored, as Excel shows none.
// Only rows holding text are visited, so a sheet formatted down to row 1,048,576 stays cheap.
import type ExcelJS from 'exceljs';
import { cell, type GridCell } from '../../source.ts';
import { cellText } from './xlsx-cell-text.ts';

interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetRow {
  rowNo: number;
  cells: GridCell[];
}

const columnNumber = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

function parseRange(a1: string): Range | undefined {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(a1.trim());
  if (!m) return undefined;
  const [c1, r1] = [columnNumber(m[1]), Number(m[2])];
  const [c2, r2] = m[3] ? [columnNumber(m[3]), Number(m[4])] : [c1, r1];
  return { top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: Math.min(c1, c2), right: Math.max(c1, c2) };
}

const mergedRanges = (ws: ExcelJS.Worksheet): Range[] =>
  ((ws.model as { merges?: string[] }).merges ?? []).map(parseRange).filter((r): r is Range => !!r);

/** For one row: column → the merged range covering it. */
function rowMerges(ranges: Range[], rowNo: number): Map<number, Range> {
  const at = new Map<number, Range>();
  for (const r of ranges) {
    if (r.top > rowNo || r.bottom < rowNo) continue;
    for (let col = r.left; col <= r.right && col <= 16384; col++) at.set(col, r);
  }
  return at;
}

/** Rows with any text, in order, trimmed to the columns that hold text anywhere in the sheet. */
export function sheetRows(ws: ExcelJS.Worksheet): SheetRow[] {
  const ranges = mergedRanges(ws);
  const texts = new Map<number, Map<number, string>>();
  let left = Infinity;
  let right = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNo) => {
    const merges = rowMerges(ranges, rowNo);
    row.eachCell({ includeEmpty: false }, (c, col) => {
      const merge = merges.get(col);
      if (merge && (merge.top !== rowNo || merge.left !== col)) return;
      const text = cellText(c);
      if (!text.trim()) return;
      if (!texts.has(rowNo)) texts.set(rowNo, new Map());
      texts.get(rowNo)!.set(col, text);
      left = Math.min(left, col);
      right = Math.max(right, col);
    });
  });

  const rows: SheetRow[] = [];
  // A row whose only content is the continuation of merges above adds nothing, so text rows suffice.
  for (const rowNo of [...texts.keys()].sort((a, b) => a - b)) {
    const merges = rowMerges(ranges, rowNo);
    const cells: GridCell[] = [];
    for (let col = left; col <= right; ) {
      const merge = merges.get(col);
      const span = merge ? Math.min(merge.right, right) - col + 1 : 1;
      if (merge && merge.top !== rowNo) cells.push(cell('', span, true));
      else cells.push(cell(texts.get(rowNo)?.get(col) ?? '', span));
      col += span;
    }
    rows.push({ rowNo, cells });
  }
  return rows;
}
