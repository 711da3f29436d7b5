// Walks a document's tables and turns the rows of its task tables into resolved task rows: merged
// (empty) cells filled from the row above, category paths, and a review warning for every row the
// reading is unsure about. A table without a header continues the task table right before it.
import type { Block, GridRow, GridTable } from '../source.ts';
import type { PlanWarning } from '../types.ts';
import { readHeaderRoles, sameRoles } from './header.ts';
import { continueLayout, filledWidth } from './layout.ts';
import { findHeader, rowTexts } from './find-header.ts';
import { isNoteRow } from './heading-row.ts';
import { readRow, type UnitRole } from './row-reading.ts';
import { joinSplitRows } from './split-rows.ts';
import { applySections, fitsLayout, sectionHeadingOf } from './section-paragraphs.ts';
import { newContext, readOneRow, type Context } from './row-context.ts';

export interface TableTaskRow {
  where: string;
  no: string | null;
  category: string[];
  requirement: string;
  /** Resolved unit cell texts by column role, white space removed. */
  units: Array<{ role: UnitRole; text: string }>;
  /** null when the table has no deadline column. */
  deadlineText: string | null;
}

export interface TableReadout {
  rows: TableTaskRow[];
  warnings: PlanWarning[];
  /** Tables that hold text but no recognisable header, and continue no task table. */
  unrecognised: GridTable[];
}

// Page numbers and 「续表」 between two parts of a table do not end it.
const isTrivialParagraph = (text: string) => /^[-—–\s\d第页共/]*$/.test(text.trim()) || /^[（(]?续表?[)）]?[:：]?$|^续上表$/.test(text.trim());

export function readTaskTables(blocks: Block[]): TableReadout {
  const out: TableReadout = { rows: [], warnings: [], unrecognised: [] };
  let context: Context | null = null;
  let interrupted = false;
  // A numbered heading paragraph right before the next table: it does not end the task table.
  let section: { kind: number; text: string } | null = null;
  const close = () => context && applySections(out.rows, context.sections, out.rows.length, context.inTableKinds);
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      if (isTrivialParagraph(block.text)) continue;
      section = sectionHeadingOf(block.text);
      if (!section) interrupted = true;
      continue;
    }
    const table = block.table;
    const header = findHeader(table);
    let firstRow = 0;
    if (header) {
      if (context && !interrupted && sameRoles(context.roles, header.roles)) context.layout = header.layout;
      else {
        close();
        context = newContext(header.roles, header.layout);
      }
      firstRow = header.dataFrom;
    } else if (context && !interrupted && (!section || fitsLayout(context.layout, table))) {
      context.layout = continueLayout(context.layout, table);
    } else {
      // A stray tab in a paragraph makes a one-line "table"; only real tables are worth a review line.
      if (table.rows.filter((r) => filledWidth(r) >= 2).length >= 2) out.unrecognised.push(table);
      section = null;
      continue;
    }
    if (section) {
      context.sections.push({ ...section, from: out.rows.length });
      // A new section starts its categories afresh.
      if (context.sections.length > 1) context.levels = [];
    }
    interrupted = false;
    section = null;
    const before = { rows: out.rows.length, warnings: out.warnings.length };
    readRows(table.rows.slice(firstRow), table.exactGrid, context, out);
    // A table of its own whose rows hold no requirement (a 落实情况统计表 template, one row per unit)
    // is not a task table: one line for it, not a review line per row — and never silence.
    const dataRows = table.rows.slice(firstRow).filter((r) => filledWidth(r) >= 2).length;
    if (header && out.rows.length === before.rows && (out.warnings.length > before.warnings + 1 || dataRows >= 2)) {
      out.warnings.length = before.warnings;
      out.warnings.push({ where: table.where, message: '这个表格没有一行写有具体要求，不像任务表，未导入；如果它是任务表，请核对表头' });
    }
  }
  close();
  return out;
}

function readRows(rows: GridRow[], exact: boolean, context: Context, out: TableReadout): void {
  const width = context.layout.exact ? context.layout.columns.length : context.layout.width;
  for (const row of exact ? rows : joinSplitRows(rows, width, context.hasNo)) {
    if (filledWidth(row) === 0 || readHeaderRoles(rowTexts(row)) || isNoteRow(row)) continue;
    readOneRow(row, readRow(row, context.layout, context.hasDeadline), context, out);
  }
}
