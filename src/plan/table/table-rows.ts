// Walks a document's tables and turns the rows of its task tables into resolved task rows: merged
// (empty) cells filled from the row above, category paths, and a review warning for every row the
// reading is unsure about. A table without a header continues the task table right before it.
import type { Block, GridRow, GridTable } from '../source.ts';
import type { PlanWarning } from '../types.ts';
import { readHeaderRoles, sameRoles, type ColumnRole } from './header.ts';
import { continueLayout, filledWidth, type TableLayout } from './layout.ts';
import { findHeader, rowTexts } from './find-header.ts';
import { isNoteRow } from './heading-row.ts';
import { renumberDisplaced, type UnfilledNumber } from './displaced-numbers.ts';
import { readRow, type RowReading, type UnitRole } from './row-reading.ts';
import { advanceCategories, categoryPath, type CategoryLevels } from './category-path.ts';
import { joinSplitRows } from './split-rows.ts';
import { normalizeText, normalizeUnitsText, unitsCellText } from './normalize.ts';
import { applySections, bareHeading, fitsLayout, headingKind, sectionHeadingOf, type Section } from './section-paragraphs.ts';

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

interface Context {
  roles: Array<ColumnRole | null>;
  layout: TableLayout;
  hasNo: boolean;
  hasDeadline: boolean;
  levels: CategoryLevels;
  units: Map<UnitRole, string>;
  deadline: string;
  /** Section headings seen inside the table, outermost first, with the kind of their number. */
  headings: Array<{ kind: number; text: string }>;
  /** A numbered row without requirement, and the index of the first task row after it. */
  unfilledNo: UnfilledNumber | null;
  /** The last 序号 read, for rows whose 序号 cell is merged with it. */
  lastNo: string | null;
  /** Numbered heading paragraphs right before this layout's tables, and the heading kinds met in rows. */
  sections: Section[];
  inTableKinds: Set<number>;
}

// Page numbers and 「续表」 between two parts of a table do not end it.
const isTrivialParagraph = (text: string) => /^[-—–\s\d第页共/]*$/.test(text.trim()) || /^[（(]?续表?[)）]?[:：]?$|^续上表$/.test(text.trim());

function newContext(roles: Array<ColumnRole | null>, layout: TableLayout): Context {
  return { roles, layout, hasNo: roles.includes('no'), hasDeadline: roles.includes('deadline'), levels: [], units: new Map(), deadline: '', headings: [], unfilledNo: null, lastNo: null, sections: [], inTableKinds: new Set() };
}

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
    // is not a task table: one line for it, not a review line per row.
    if (header && out.rows.length === before.rows && out.warnings.length > before.warnings + 1) {
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

/** A heading row replaces the headings of its own and deeper kinds, and becomes a category prefix. */
function enterHeading(context: Context, text: string): void {
  const kind = Math.max(0, headingKind(text));
  context.inTableKinds.add(kind);
  context.headings = [...context.headings.filter((h) => h.kind < kind), { kind, text: bareHeading(text, kind) }];
}

function readOneRow(row: GridRow, reading: RowReading, context: Context, out: TableReadout): void {
  if (reading.heading) return enterHeading(context, reading.heading);
  const warn = (message: string) => out.warnings.push({ where: row.where, message });
  const step = advanceCategories(context.levels, reading.categories);
  context.levels = step.levels;
  // A row naming any unit names all of its units (an empty 配合单位 beside a 牵头单位 means none);
  // only a row with every unit cell empty continues the units above.
  const ownUnits = reading.units.some((u) => normalizeUnitsText(u.text));
  if (ownUnits) {
    for (const { role, text, continued } of reading.units) {
      if (normalizeUnitsText(text)) context.units.set(role, unitsCellText(text));
      else if (!continued) context.units.delete(role);
    }
  }
  const ownDeadline = reading.deadline !== null && normalizeText(reading.deadline) !== '';
  if (reading.deadline !== null && ownDeadline) context.deadline = normalizeText(reading.deadline);
  const requirement = normalizeText(reading.requirement);
  if (!requirement) {
    const content = reading.units.length + reading.categories.filter((c) => c.text.trim()).length;
    if (content > 0 && (ownUnits || reading.realigned || step.changedAt < 0))
      warn(`这一行没有具体要求，未作为任务导入${ownUnits ? '；其中的责任单位沿用到下面的行' : ''}，请核对`);
    context.unfilledNo = context.hasNo && reading.no ? { no: reading.no, from: out.rows.length } : null;
    if (reading.no) context.lastNo = reading.no;
    return;
  }
  let no = context.hasNo ? reading.no || (reading.noContinued ? context.lastNo : null) : null;
  if (context.hasNo && !no && context.unfilledNo) no = renumberDisplaced(context.unfilledNo, out.rows, warn);
  context.lastNo = no;
  if (reading.realigned) warn('这一行的单元格与表头对不齐，已按内容重新归位（类别、要求、责任单位），请核对');
  if (!context.units.size) warn('这一行没有责任单位，上面的行也没有可沿用的，请补充');
  // Inheriting into a new sub-block of the innermost level is routine; into a new outer block, worth a look.
  else if (!ownUnits && step.changedAt >= 0 && step.changedAt < context.layout.categoryCount - 1)
    warn('责任单位为空，已沿用上一行的单位，但这一行开始了新的类别，请核对');
  out.rows.push({
    where: row.where,
    no,
    category: [...context.headings.map((h) => h.text), ...categoryPath(context.levels)],
    requirement,
    units: [...context.units].map(([role, text]) => ({ role, text })),
    deadlineText: context.hasDeadline ? context.deadline : null,
  });
  if (!reading.no) context.unfilledNo = null;
}

