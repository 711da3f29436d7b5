// Turns a read document into the task table: the task tables when the plan has them, otherwise the
// numbered items of its body. Units and deadlines are understood by their own modules.
import type { PlanSource } from './source.ts';
import type { Plan, Task, UnitRef } from './types.ts';
import { UserError } from '../errors.ts';
import { readTaskTables, type TableTaskRow } from './table/table-rows.ts';
import { readBodyItems } from './body-items.ts';
import { findPlanTitle, findPlanYear } from './plan-title.ts';
import { parseUnitsCell, type UnitCell } from '../units/parse-units.ts';
import { findDeadlineInText, parseDeadline } from './deadline.ts';

export function parsePlan(source: PlanSource): Plan {
  const title = findPlanTitle(source.blocks, source.fileName);
  const year = findPlanYear(title, source.blocks);
  const tables = readTaskTables(source.blocks);
  const warnings = [...tables.warnings];
  warnings.push(...tables.unrecognised.map((t) => ({ where: t.where, message: '这个表格没有可识别的表头（如 工作任务、具体要求、责任单位），未导入；如果它是任务表，请补上表头' })));
  let rows: TableTaskRow[] = tables.rows;
  if (rows.length === 0) {
    const body = readBodyItems(source.blocks, titleIndex(source, title));
    rows = body.rows;
    warnings.push(...body.warnings);
  }
  if (rows.length === 0) {
    throw new UserError(
      tables.unrecognised.length
        ? '文件里的表格没有可识别的表头：任务分解表应有“工作任务/具体要求”和“责任单位”等列。请检查表头后重试。'
        : '没有在文件里找到任务分解表，也没有找到编号的任务条目（如“1. ……”“（一）……”）。请确认这是政务公开工作要点或任务分解表。',
    );
  }
  const tasks = rows.map((row, i) => toTask(row, i, year));
  warnings.push(...rows.flatMap(droppedPhraseWarning));
  return { title, year, tasks, warnings };
}

/** Where the plan itself starts: at its title, after the covering notice that quotes it. */
function titleIndex(source: PlanSource, title: string): number {
  const at = source.blocks.findIndex((b) => b.kind === 'paragraph' && b.text.replace(/\s/g, '') === title.replace(/\s/g, ''));
  return Math.max(0, at);
}

// Unit cells repeat down a table (merged cells, the same 各部门 list), and each is read twice: for
// the units and for the review line below. Remember recent readings.
const cellReadings = new Map<string, UnitCell>();
function readUnitsCell(text: string): UnitCell {
  let reading = cellReadings.get(text);
  if (!reading) {
    if (cellReadings.size > 5000) cellReadings.clear();
    reading = parseUnitsCell(text);
    cellReadings.set(text, reading);
  }
  return reading;
}

// 「（按职责分工负责）」 names nobody and is not imported as a unit; say so where a unit may be missing.
function droppedPhraseWarning(row: TableTaskRow) {
  const phrases = [...new Set(row.units.flatMap((u) => readUnitsCell(u.text).droppedPhrases))];
  return phrases.length ? [{ where: row.where, message: `责任单位里的「${phrases.join('」「')}」没有指明单位，未作为单位导入，请核对是否漏了单位` }] : [];
}

// Copies: a cached reading is shared, and callers set roles on what they get.
const parseUnitsText = (text: string): UnitRef[] => readUnitsCell(text).units.map((u) => ({ ...u }));

function unitsOf(row: TableTaskRow): { unitsText: string; units: UnitRef[] } {
  const labelled = row.units.some((u) => u.role !== 'units');
  if (row.units.length <= 1 && !labelled) {
    const unitsText = row.units[0]?.text ?? '';
    const units = parseUnitsText(unitsText);
    const role = row.units[0]?.role;
    return { unitsText, units: role === 'leadUnits' ? units.map((u) => ({ ...u, role: 'lead' as const })) : units };
  }
  const label = { leadUnits: '牵头单位', memberUnits: '配合单位', units: '责任单位' } as const;
  const unitsText = row.units.map((u) => `${label[u.role]}：${u.text}`).join('；');
  // Beside a 配合单位 column, the 责任单位 column names the units in charge.
  const hasMembers = row.units.some((u) => u.role === 'memberUnits');
  const roleOf = (role: string) => (role === 'memberUnits' ? ('member' as const) : role === 'leadUnits' || hasMembers ? ('lead' as const) : null);
  const units = row.units.flatMap((u) => parseUnitsText(u.text).map((ref) => ({ ...ref, role: roleOf(u.role) ?? ref.role })));
  return { unitsText, units };
}

function toTask(row: TableTaskRow, index: number, year: number | null): Task {
  const deadline =
    row.deadlineText !== null && row.deadlineText !== ''
      ? parseDeadline(row.deadlineText, year)
      : (findDeadlineInText(row.requirement, year)?.deadline ?? { kind: 'none' as const });
  return {
    id: `T${index + 1}`,
    no: row.no,
    category: row.category,
    requirement: row.requirement,
    ...unitsOf(row),
    deadlineText: row.deadlineText,
    deadline,
    where: row.where,
  };
}
