// A PDF export can push a column down by one row: a numbered row holding only categories and units,
// the requirements one row late, and one unnumbered requirement left at the end. The numbers then
// move back down onto the requirements (each task takes the number of the row above it).
import type { TableTaskRow } from './table-rows.ts';

export interface UnfilledNumber {
  no: string;
  /** Index of the first task row read after the numbered row without requirement. */
  from: number;
}

/** Renumbers the rows read since `unfilled` and returns the number of the unnumbered row, or null. */
export function renumberDisplaced(unfilled: UnfilledNumber, rows: TableTaskRow[], warn: (message: string) => void): string | null {
  const moved = rows.slice(unfilled.from);
  // Nothing moved: a numbered heading row over unnumbered tasks, not a displacement.
  if (moved.length === 0) return null;
  const numbers = [unfilled.no, ...moved.map((r) => r.no)];
  const consecutive = numbers.every((n, i) => i === 0 || Number(n) === Number(numbers[i - 1]) + 1);
  if (!consecutive) return null;
  moved.forEach((r, i) => (r.no = numbers[i]));
  warn(`从序号${unfilled.no}起，要求文字比序号晚了一行（第${unfilled.no}号那一行只有类别和单位），已把序号依次对回到要求上，请核对`);
  return numbers.at(-1) ?? null;
}
