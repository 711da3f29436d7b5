// One task in full: category, requirement, deadline and every assigned unit's status.
import type { AssignmentView } from '../progress/views.ts';
import type { StoredPlan, StoredTask } from '../store/schema.ts';
import { inChina } from '../time/china.ts';
import { deadlineLine, dueLabel } from './due-text.ts';

const ROLE = { lead: '牵头', member: '配合' } as const;

function unitStatus(v: AssignmentView): string {
  const role = ROLE[v.assignment.role];
  if (v.status === 'done' && v.report) {
    const at = inChina(v.report.reportedAt).format('M月D日');
    const link = v.report.evidence ? `，[佐证](${v.report.evidence})` : '';
    return `- ${v.assignment.unit}（${role}）：已完成（${at}报告${link}）`;
  }
  if (v.status === 'returned' && v.report) {
    return `- ${v.assignment.unit}（${role}）：被退回，原因：${v.report.returnReason || '未说明'}（${dueLabel(v.due)}）`;
  }
  return `- ${v.assignment.unit}（${role}）：未完成（${dueLabel(v.due)}）`;
}

export function renderTaskDetail(plan: StoredPlan, task: StoredTask, views: AssignmentView[]): string {
  const due = views[0]?.due;
  const lines = [
    `**任务${task.number}**　${plan.title}`,
    task.category.length ? `类别：${task.category.join(' / ')}` : null,
    `要求：${task.requirement}`,
    `时限：${due ? deadlineLine(due, task.deadlineText) : task.deadlineText ?? '未定期限'}`,
    `责任单位（${views.filter((v) => v.status === 'done').length}/${views.length}已完成）：`,
    ...views.map(unitStatus),
  ];
  return lines.filter((l): l is string => l !== null).join('\n');
}
