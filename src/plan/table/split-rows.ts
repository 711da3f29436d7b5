// Text exports can break one table row over several: a blank line inside a cell makes a cell-per-line
// export show two short rows (「业务培训」, a blank line, then the rest of the row), and Word's
// 「表格转换成文本」 puts a line break inside a cell on a line of its own in a tab-separated export.
// Neighbouring short rows that together make exactly one full row are joined back.
import type { GridRow } from '../source.ts';
import { looksLikeNumber, looksLikeSentence, looksLikeUnits } from './cell-kinds.ts';
import { normalizeText } from './normalize.ts';

export function joinSplitRows(rows: GridRow[], width: number, numbered: boolean): GridRow[] {
  const out: GridRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const next = rows[i + 1];
    const short = (r: GridRow) => r.cells.length < width;
    if (next && short(row) && short(next) && row.cells.length + next.cells.length === width &&
        !row.cells.some((c) => looksLikeSentence(normalizeText(c.text)) || looksLikeUnits(normalizeText(c.text)))) {
      out.push({ where: row.where, cells: [...row.cells, ...next.cells] });
      i++;
      continue;
    }
    const wrapped = numbered && short(row) ? joinWrappedCells(rows, i, width) : null;
    if (wrapped) {
      out.push(wrapped.row);
      i = wrapped.last;
    } else out.push(row);
  }
  return out;
}

/** A numbered row continued on unnumbered lines, the first of each continuing the row's last cell. */
function joinWrappedCells(rows: GridRow[], start: number, width: number): { row: GridRow; last: number } | null {
  if (!looksLikeNumber(rows[start].cells[0]?.text ?? '')) return null;
  const cells = rows[start].cells.map((c) => ({ ...c }));
  for (let i = start + 1; i < rows.length; i++) {
    const more = rows[i].cells;
    const first = more[0]?.text.trim() ?? '';
    if (!first || looksLikeNumber(first) || cells.length + more.length - 1 > width) return null;
    cells[cells.length - 1].text += `\n${more[0].text}`;
    cells.push(...more.slice(1).map((c) => ({ ...c })));
    if (cells.length === width) return { row: { where: rows[start].where, cells }, last: i };
  }
  return null;
}
