// A worksheet reduced to what the plan reader needs, whichever way the workbook was opened:
// the text of every non-empty cell and the merged ranges.

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetData {
  name: string;
  /** Hidden sheets usually hold lookup lists, not the plan. */
  visible: boolean;
  /** row → column → cell text, 1-based, as Excel shows it. */
  texts: Map<number, Map<number, string>>;
  merges: CellRange[];
}

export const columnNumber = (letters: string) =>
  [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** 'B3' → {row 3, col 2}; undefined when it is not an A1 reference. */
export function parseCellRef(ref: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(ref.trim());
  return m ? { row: Number(m[2]), col: columnNumber(m[1]) } : undefined;
}

/** 'A1:C4' (or a single cell) → its range, corners in any order. */
export function parseRange(a1: string): CellRange | undefined {
  const [from, to = from] = a1.split(':');
  const a = parseCellRef(from);
  const b = parseCellRef(to);
  if (!a || !b) return undefined;
  return { top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row), left: Math.min(a.col, b.col), right: Math.max(a.col, b.col) };
}

export function setText(texts: SheetData['texts'], row: number, col: number, text: string): void {
  if (!texts.has(row)) texts.set(row, new Map());
  texts.get(row)!.set(col, text);
}
