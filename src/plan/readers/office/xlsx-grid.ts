// One worksheet as plain rows of cells: merged ranges become a master cell `span` columns wide and
// `continued` cells below it; text in the hidden parts of a merge is ignored, as Excel shows none.
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

function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

function parseRange(a1: string): Range | undefined {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(a1.trim());
  if (!m) return undefined;
  const [c1, r1, c2 = m[1], r2 = m[2]] = [columnNumber(m[1]), Number(m[2]), m[3] && columnNumber(m[3]), m[4] && Number(m[4])];
  return {
    top: Math.min(r1, Number(r2)),
    bottom: Math.max(r1, Number(r2)),
    left: Math.min(c1, Number(c2)),
    right: Math.max(c1, Number(c2)),
  };
}

/** Every position covered by a merged range → that range. */
function mergeMap(ws: ExcelJS.Worksheet): Map<string, Range> {
  const ranges = ((ws.model as { merges?: string[] }).merges ?? []).map(parseRange).filter((r): r is Range => !!r);
  const at = new Map<string, Range>();
  for (const r of ranges) {
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) at.set(`${row},${col}`, r);
  }
  return at;
}

/** Rows with any text, in order, trimmed to the rightmost column that holds text anywhere. */
export function sheetRows(ws: ExcelJS.Worksheet): SheetRow[] {
  const merges = mergeMap(ws);
  const texts = new Map<string, string>();
  let width = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNo) => {
    row.eachCell({ includeEmpty: false }, (c, colNo) => {
      const merge = merges.get(`${rowNo},${colNo}`);
      if (merge && (merge.top !== rowNo || merge.left !== colNo)) return;
      const text = cellText(c);
      if (!text.trim()) return;
      texts.set(`${rowNo},${colNo}`, text);
      width = Math.max(width, colNo);
    });
  });

  const rows: SheetRow[] = [];
  for (let rowNo = 1; rowNo <= ws.rowCount; rowNo++) {
    const cells: GridCell[] = [];
    for (let col = 1; col <= width; ) {
      const merge = merges.get(`${rowNo},${col}`);
      const span = merge ? Math.min(merge.right, width) - col + 1 : 1;
      if (merge && merge.top !== rowNo) cells.push(cell('', span, true));
      else cells.push(cell(texts.get(`${rowNo},${col}`) ?? '', span));
      col += span;
    }
    if (cells.some((c) => c.text.trim())) rows.push({ rowNo, cells });
  }
  return rows;
}
