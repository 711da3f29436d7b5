// What an edited workbook changes, computed before anything is written: per task, the requirement,
// category, deadline and unit edits; tasks added (rows without a known 序号) and tasks removed (numbers
// missing from their plan's sheet). Status, completion and evidence columns are read-only.
import type { Deadline } from '../plan/types.ts';
import { parseDeadline } from '../plan/deadline.ts';
import type { PlansData, StateData, StoredPlan, StoredTask } from '../store/schema.ts';
import type { UnitDirectory } from '../units/types.ts';
import { unitsOfCell, type UnitCellContext } from './unit-cells.ts';
import { CATEGORY_SEPARATOR } from './columns.ts';
import { deadlineCellText } from './describe-deadline.ts';
import { assignmentIdFor } from './assignment-id.ts';
import type { LedgerInputRow, LedgerInputSheet } from './read-workbook.ts';

export interface Edit<T> { before: T; after: T }

export interface TaskEdit {
  planId: string;
  taskId: string;
  number: number;
  requirement?: Edit<string>;
  category?: Edit<string[]>;
  deadline?: Edit<string> & { parsed: Deadline };
  unitsAdded: string[];
  unitsRemoved: string[];
}

export interface NewTask {
  planId: string;
  category: string[];
  requirement: string;
  units: string[];
  deadlineText: string;
  deadline: Deadline;
  where: string;
}

export interface RemovedTask { planId: string; taskId: string; number: number; requirement: string }

export interface LedgerDiff {
  edits: TaskEdit[];
  added: NewTask[];
  removed: RemovedTask[];
  /** Unit names not in the directory; they are added to it on apply. */
  newUnits: string[];
  /** Completion records that stay, and those whose assignment disappears. */
  keptReports: number;
  lostReports: number;
  /** Things the admin should know that do not stop the import. */
  notes: string[];
}

export const isEmptyDiff = (d: LedgerDiff): boolean => !d.edits.length && !d.added.length && !d.removed.length;

const splitCategory = (cell: string): string[] =>
  cell.split(CATEGORY_SEPARATOR.trim()).map((s) => s.trim()).filter(Boolean);

/** The one changed value among a task's rows: rows repeat the task, an admin edits one of them. */
function changedValue(values: string[], original: string, where: string, label: string, notes: string[]): string | null {
  const changed = [...new Set(values.filter((v) => v !== original))];
  if (changed.length > 1) notes.push(`${where}：同一任务的${label}在各行不一致，采用「${changed[0]}」。`);
  return changed[0] ?? null;
}

interface Ctx extends UnitCellContext { dir: Readonly<UnitDirectory> }

const resolveUnitNames = (rows: LedgerInputRow[], ctx: Ctx): string[] =>
  [...new Set(rows.filter((r) => r.unit).flatMap((r) => unitsOfCell(r.unit, r.where, ctx)))];

function diffTask(plan: StoredPlan, task: StoredTask, rows: LedgerInputRow[], current: string[], ctx: Ctx): TaskEdit | null {
  const where = rows[0].where;
  const edit: TaskEdit = { planId: plan.id, taskId: task.id, number: task.number, unitsAdded: [], unitsRemoved: [] };
  const req = changedValue(rows.map((r) => r.requirement), task.requirement, where, '具体要求', ctx.notes);
  if (req !== null && req !== '') edit.requirement = { before: task.requirement, after: req };
  const catBefore = task.category.join(CATEGORY_SEPARATOR);
  const cat = changedValue(rows.map((r) => splitCategory(r.category).join(CATEGORY_SEPARATOR)), catBefore, where, '工作任务', ctx.notes);
  if (cat !== null) edit.category = { before: task.category, after: splitCategory(cat) };
  const dlBefore = deadlineCellText(task.deadlineText, task.deadline);
  const dl = changedValue(rows.map((r) => r.deadline), dlBefore, where, '时限要求', ctx.notes);
  if (dl !== null) edit.deadline = { before: dlBefore, after: dl, parsed: parseDeadline(dl, plan.year) };
  const wanted = resolveUnitNames(rows, ctx);
  edit.unitsAdded = wanted.filter((u) => !current.includes(u));
  edit.unitsRemoved = current.filter((u) => !wanted.includes(u));
  const changed = edit.requirement || edit.category || edit.deadline || edit.unitsAdded.length || edit.unitsRemoved.length;
  return changed ? edit : null;
}

function newTaskFrom(plan: StoredPlan, rows: LedgerInputRow[], ctx: Ctx): NewTask | null {
  const first = rows.find((r) => r.requirement) ?? rows[0];
  if (!first.requirement) {
    ctx.notes.push(`${first.where}：新增行没有填写具体要求，已忽略。`);
    return null;
  }
  return {
    planId: plan.id,
    category: splitCategory(first.category),
    requirement: first.requirement,
    units: resolveUnitNames(rows, ctx),
    deadlineText: first.deadline,
    deadline: parseDeadline(first.deadline, plan.year),
    where: first.where,
  };
}

export function diffLedger(
  plans: Readonly<PlansData>,
  state: Readonly<StateData>,
  dir: Readonly<UnitDirectory>,
  sheets: LedgerInputSheet[],
): LedgerDiff {
  const ctx: Ctx = { dir, newUnits: new Set(), notes: [], cells: new Map() };
  const diff: LedgerDiff = { edits: [], added: [], removed: [], newUnits: [], keptReports: 0, lostReports: 0, notes: ctx.notes };
  const unitsOf = new Map<string, string[]>();
  for (const a of plans.assignments) {
    const k = `${a.planId}/${a.taskId}`;
    unitsOf.set(k, [...(unitsOf.get(k) ?? []), a.unit]);
  }
  const seenPlans = new Set<string>();
  for (const sheet of sheets) {
    const plan = plans.plans.find((p) => p.id === sheet.planId);
    if (!plan) { ctx.notes.push(`工作表「${sheet.sheetName}」对应的计划 ${sheet.planId} 不存在，已跳过。`); continue; }
    if (seenPlans.has(plan.id)) { ctx.notes.push(`计划 ${plan.id} 有多个工作表，只采用第一个。`); continue; }
    seenPlans.add(plan.id);
    const byNumber = new Map<number, LedgerInputRow[]>();
    const taskByNumber = new Map(plan.tasks.map((t) => [t.number, t]));
    for (const row of sheet.rows) {
      const task = row.number === null ? undefined : taskByNumber.get(row.number);
      if (!task) {
        if (row.number !== null) ctx.notes.push(`${row.where}：序号 ${row.number} 不属于本计划，按新增任务处理。`);
        const added = newTaskFrom(plan, [row], ctx);
        if (added) diff.added.push(added);
        continue;
      }
      byNumber.set(task.number, [...(byNumber.get(task.number) ?? []), row]);
    }
    for (const task of plan.tasks) {
      const rows = byNumber.get(task.number);
      if (!rows) { diff.removed.push({ planId: plan.id, taskId: task.id, number: task.number, requirement: task.requirement }); continue; }
      const edit = diffTask(plan, task, rows, unitsOf.get(`${plan.id}/${task.id}`) ?? [], ctx);
      if (edit) diff.edits.push(edit);
    }
  }
  for (const p of plans.plans)
    if (!seenPlans.has(p.id)) ctx.notes.push(`工作簿中没有计划 ${p.id}（${p.title}）的工作表，该计划不作修改。`);
  const gone = new Set<string>([
    ...diff.removed.flatMap((r) => (unitsOf.get(`${r.planId}/${r.taskId}`) ?? []).map((u) => assignmentIdFor(r.planId, r.taskId, u))),
    ...diff.edits.flatMap((e) => e.unitsRemoved.map((u) => assignmentIdFor(e.planId, e.taskId, u))),
  ]);
  const done = state.reports.filter((r) => r.status === 'done');
  diff.lostReports = done.filter((r) => gone.has(r.assignmentId)).length;
  diff.keptReports = done.length - diff.lostReports;
  diff.newUnits = [...ctx.newUnits];
  return diff;
}
