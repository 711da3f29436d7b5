// What a task table carries from row to row — category levels, units and deadline of merged cells,
// section headings, the last 序号 — and how one read row becomes a task row or a review line.
import type { GridRow } from '../source.ts';
import type { ColumnRole } from './header.ts';
import type { TableLayout } from './layout.ts';
import type { TableReadout } from './table-rows.ts';
import { renumberDisplaced, type UnfilledNumber } from './displaced-numbers.ts';
import type { RowReading, UnitRole } from './row-reading.ts';
import { advanceCategories, categoryPath, type CategoryLevels } from './category-path.ts';
import { normalizeText, normalizeUnitsText, unitsCellText } from './normalize.ts';
import { bareHeading, headingKind, type Section } from './section-paragraphs.ts';

export interface Context {
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

export function newContext(roles: Array<ColumnRole | null>, layout: TableLayout): Context {
  return { roles, layout, hasNo: roles.includes('no'), hasDeadline: roles.includes('deadline'), levels: [], units: new Map(), deadline: '', headings: [], unfilledNo: null, lastNo: null, sections: [], inTableKinds: new Set() };
}

/** A heading row replaces the headings of its own and deeper kinds, and becomes a category prefix. */
function enterHeading(context: Context, text: string): void {
  const kind = Math.max(0, headingKind(text));
  context.inTableKinds.add(kind);
  context.headings = [...context.headings.filter((h) => h.kind < kind), { kind, text: bareHeading(text, kind) }];
}

export function readOneRow(row: GridRow, reading: RowReading, context: Context, out: TableReadout): void {
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
