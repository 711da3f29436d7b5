// Plans that write their 任务分解 section by section: 「一、深化重点领域信息公开」 as a paragraph, a
// table, 「二、……」, the next table (often without its header). Such a heading neither ends the task
// table nor is lost: the tables continue one another, and the headings become the outermost category
// once the document shows the pattern (two or more of them over tables of one layout). One heading
// before the only table is more likely 「三、工作任务」 of the body and is left out.
import type { GridTable } from '../source.ts';
import type { TableLayout } from './layout.ts';
import { filledWidth } from './layout.ts';
import { looksLikeSentence } from './cell-kinds.ts';
import { normalizeText } from './normalize.ts';

export const HEADING_KINDS = [/^第[一二三四五六七八九十]+(部分|章|节|篇)\s*/, /^[一二三四五六七八九十]+、\s*/, /^[（(][一二三四五六七八九十]+[)）]\s*/];

/** Index into HEADING_KINDS of the text's section number, or -1. */
export const headingKind = (text: string): number => HEADING_KINDS.findIndex((k) => k.test(text));

/** The heading without its section number. */
export const bareHeading = (text: string, kind: number): string => (kind >= 0 ? text.replace(HEADING_KINDS[kind], '').trim() : text) || text;

const MAX_SECTION = 40;

/** 「二、推进政策发布解读回应提质增效」: a short numbered heading, not a numbered body paragraph. */
export function sectionHeadingOf(paragraph: string): { kind: number; text: string } | null {
  const text = normalizeText(paragraph);
  const kind = headingKind(text);
  if (kind < 0 || text.length > MAX_SECTION) return null;
  const bare = bareHeading(text, kind).replace(/[。.]$/, '');
  return looksLikeSentence(bare) || !bare ? null : { kind, text: bare };
}

/** Whether a table without a header has the columns of the task table before it. */
export function fitsLayout(layout: TableLayout, table: GridTable): boolean {
  if (layout.exact) {
    if (!table.exactGrid) return false;
    const width = Math.max(0, ...table.rows.slice(0, 5).map((r) => r.cells.reduce((w, c) => w + Math.max(1, c.span), 0)));
    return width === layout.columns.length;
  }
  const widest = table.rows.reduce((w, row) => Math.max(w, filledWidth(row)), 0);
  return widest >= layout.left.length + layout.right.length && widest <= layout.width;
}

export interface Section {
  kind: number;
  text: string;
  /** Index of the first task row under the heading. */
  from: number;
}

/**
 * Puts the section headings in front of the categories of the rows under them, when a table
 * layout had two or more headings of one kind and its rows carry no headings of that kind.
 */
export function applySections(rows: Array<{ category: string[] }>, sections: Section[], end: number, inTableKinds: Set<number>): void {
  if (sections.length < 2 || new Set(sections.map((s) => s.kind)).size !== 1 || inTableKinds.has(sections[0].kind)) return;
  sections.forEach((section, i) => {
    const until = sections[i + 1]?.from ?? end;
    for (let r = section.from; r < until; r++) {
      if (rows[r].category[0] !== section.text) rows[r].category = [section.text, ...rows[r].category];
    }
  });
}
