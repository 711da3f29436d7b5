// The deadline as the 时限要求 cell shows it: the plan's own wording when it had one, otherwise a
// short description of the parsed kind. Reading the workbook back compares against this same text,
// so an untouched cell never counts as a change.
import type { Deadline } from '../plan/types.ts';

const EVERY: Record<string, string> = { week: '每周', month: '每月', quarter: '每季度', halfyear: '每半年', year: '每年' };

export function describeDeadline(deadline: Deadline): string {
  switch (deadline.kind) {
    case 'date': {
      const [y, m, d] = deadline.date.split('-').map(Number);
      return `${y}年${m}月${d}日前`;
    }
    case 'ongoing':
      return '持续推进';
    case 'relative':
      return `${deadline.event}起${deadline.days}个${deadline.workingDays ? '工作日' : '日'}内`;
    case 'periodic':
      return EVERY[deadline.every] ?? '定期';
    case 'none':
      return '';
  }
}

export const deadlineCellText = (deadlineText: string | null, deadline: Deadline): string =>
  deadlineText?.trim() || describeDeadline(deadline);

/** The date an assignment falls due, when its deadline has one (dates, and periodic deadlines with a next due date). */
export function dueDateOf(deadline: Deadline): string | null {
  if (deadline.kind === 'date') return deadline.date;
  if (deadline.kind === 'periodic') return deadline.due ?? null;
  return null;
}
