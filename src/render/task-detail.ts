// One task in full: category, requirement, deadline and every assigned unit's status. A task can be
// assigned to fifty units (各镇街、县直各部门), so units still open share one line; done and returned
// ones get a line each, with the date and link or the reason — until there are so many done units that
// their lines would push the answer past one chat message: then they share one line too, and the links
// are left to the ledger export.
import type { AssignmentView } from '../progress/views.ts';
import type { StoredPlan, StoredTask } from '../store/schema.ts';
import { inChina } from '../time/china.ts';
import { deadlineLine } from './due-text.ts';

/** Unit names, with （牵头） only where it tells lead units from the others: a task whose units all
 *  lead (a 牵头单位 column with no 配合单位) would repeat it after each of maybe a hundred names. */
function namer(views: AssignmentView[]): (v: AssignmentView) => string {
  const leads = views.filter((v) => v.assignment.role === 'lead').length;
  if (leads === 0 || leads === views.length) return (v) => v.assignment.unit;
  return (v) => (v.assignment.role === 'lead' ? `${v.assignment.unit}（牵头）` : v.assignment.unit);
}

// A task shows up to a hundred done units, each with its China date; converting through the time zone
// costs far more than a lookup, and the same report times come back on every view of the task.
const dayLabels = new Map<string, string>();

function chinaDayLabel(at: string): string {
  let label = dayLabels.get(at);
  if (label === undefined) {
    label = inChina(at).format('M月D日');
    if (dayLabels.size >= 50_000) dayLabels.clear();
    dayLabels.set(at, label);
  }
  return label;
}

function doneLine(v: AssignmentView, name: (v: AssignmentView) => string): string {
  const at = v.report ? chinaDayLabel(v.report.reportedAt) : '';
  const link = v.report?.evidence ? `，[佐证](${v.report.evidence})` : '';
  return `- ${name(v)}：${at}报告完成${link}`;
}

/** Done units listed one per line (with date and evidence link) up to this many. */
export const DONE_LINES_MAX = 12;

function doneLines(done: AssignmentView[], name: (v: AssignmentView) => string): string[] {
  if (done.length <= DONE_LINES_MAX) return done.map((v) => doneLine(v, name));
  return [`已完成（${done.length}）：${done.map(name).join('、')}（佐证链接见「导出台账」）`];
}

export function renderTaskDetail(plan: StoredPlan, task: StoredTask, views: AssignmentView[]): string {
  const due = views[0]?.due;
  const done = views.filter((v) => v.status === 'done');
  const returned = views.filter((v) => v.status === 'returned');
  const open = views.filter((v) => v.status === 'open');
  const name = namer(views);
  const lines = [
    `**任务${task.number}**　${plan.title}`,
    task.category.length ? `类别：${task.category.join(' / ')}` : null,
    `要求：${task.requirement}`,
    `时限：${due ? deadlineLine(due, task.deadlineText) : (task.deadlineText ?? '未定期限')}`,
    `责任单位：共${views.length}个，已完成${done.length}个`,
    ...doneLines(done, name),
    ...returned.map((v) => `- ${name(v)}：被退回，原因：${v.report?.returnReason || '未说明'}`),
    open.length ? `未完成（${open.length}）：${open.map(name).join('、')}` : null,
  ];
  return lines.filter((l): l is string => l !== null).join('\n');
}
