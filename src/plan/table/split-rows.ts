// A blank line inside a cell makes a text export show one row as two short ones (「业务培训」 then a
// blank line, then the rest of the row). Two neighbouring short rows that together make exactly one
// full row, the first holding only short texts and no units, are joined back.
import type { GridRow } from '../source.ts';
import { looksLikeSentence, looksLikeUnits } from './cell-kinds.ts';
import { normalizeText } from './normalize.ts';

export function joinSplitRows(rows: GridRow[], width: number): GridRow[] {
  const out: GridRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const next = rows[i + 1];
    const short = (r: GridRow) => r.cells.length < width;
    if (next && short(row) && short(next) && row.cells.length + next.cells.length === width &&
        !row.cells.some((c) => looksLikeSentence(normalizeText(c.text)) || looksLikeUnits(normalizeText(c.text)))) {
      out.push({ where: row.where, cells: [...row.cells, ...next.cells] });
      i++;
    } else out.push(row);
  }
  return out;
}
