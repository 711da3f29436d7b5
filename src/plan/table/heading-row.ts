// Section heading rows inside a table: 「一、强化政策解读」 on a row of its own, or one cell stretched
// over the requirement and unit columns. They become a category over the rows below, not a task.
import type { GridCell, GridRow } from '../source.ts';
import type { TableLayout } from './layout.ts';
import { isUnitRole, type ColumnRole } from './header.ts';
import { looksLikeSentence, looksLikeUnits } from './cell-kinds.ts';
import { normalizeText } from './normalize.ts';

const SECTION_ENUMERATOR = /^(第[一二三四五六七八九十]+(部分|章|节|篇)|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/;
const MAX_HEADING = 40;

/**
 * A row holding one short text that opens with a section number (「一、」「（二）」), or one cell
 * stretched over the requirement and unit columns, is a heading, not a task.
 */
const NOTE = /^(注|备注|说明|附注|备注说明)\s*[:：]/;

/** 「注：各单位于每季度末……」 under a table: a note, not a task. */
export function isNoteRow(row: GridRow): boolean {
  const filled = row.cells.filter((c) => !c.continued && c.text.trim());
  return filled.length === 1 && NOTE.test(filled[0].text.trim());
}

export function headingOf(row: GridRow, layout: TableLayout, roleOf: (cell: GridCell) => ColumnRole | undefined): string | null {
  const filled = row.cells.filter((c) => !c.continued && c.text.trim());
  const last = filled.at(-1);
  if (!last || filled.length > 2 || (filled.length === 2 && !/^[（(]?[0-9一二三四五六七八九十]+[)）.．、]?$/.test(filled[0].text.trim()))) return null;
  const text = normalizeText(last.text);
  if (text.length > MAX_HEADING || looksLikeUnits(text)) return null;
  // With category columns, a lone text in the first one is simply a new category, read as such below.
  // Unless the row is a lone cell in a wide text table: a heading merged across the whole row.
  const acrossRow = !layout.exact && row.cells.length <= 2 && layout.width >= 4;
  // A lone 「一、……」 in the 序号 or requirement column cannot be a category cell of its own.
  const outsideCategories = filled.length === 1 && roleOf(last) !== 'category';
  const ownsHeadings = layout.categoryCount === 0 || acrossRow || outsideCategories;
  // 「一｜政策解读｜｜」: a Chinese numeral in the 序号 column over arabic-numbered tasks.
  const chineseNumber = filled.length === 2 && /^[（(]?[一二三四五六七八九十]+[)）、]?$/.test(filled[0].text.trim());
  if (chineseNumber && !looksLikeSentence(text)) return text;
  if (ownsHeadings && (SECTION_ENUMERATOR.test(text) || (filled.length === 2 && !looksLikeSentence(text) && row.cells.length <= 2))) return text;
  if (layout.exact) {
    let column = 0;
    let spanning = false;
    let sharesUnits = false;
    for (const cell of row.cells) {
      const roles = layout.columns.slice(column, column + Math.max(1, cell.span));
      if (cell === last && roles.includes('requirement') && roles.some(isUnitRole)) return text;
      if (cell === last && roles.includes('requirement') && roles.includes('category')) spanning = true;
      if (cell.continued && roles.some(isUnitRole)) sharesUnits = true;
      column += Math.max(1, cell.span);
    }
    // 「主动公开」 alone, merged over 工作任务 and 具体要求, no units of its own or merged from above:
    // a section, not a task without units.
    if (spanning && filled.length === 1 && !sharesUnits && !looksLikeSentence(text)) return text;
  }
  return null;
}

