// How a due date reads in a reply: 已逾期N天 / 今天到期 / 剩N天, and the kinds without a date.
import type { Due } from '../progress/due.ts';

export function dueLabel(due: Due): string {
  switch (due.kind) {
    case 'dated':
      if (due.daysLeft < 0) return `已逾期${-due.daysLeft}天`;
      if (due.daysLeft === 0) return '今天到期';
      return `剩${due.daysLeft}天`;
    case 'ongoing':
      return '长期任务';
    case 'relative':
      return '按事项时限';
    default:
      return '未定期限';
  }
}

/** 「12月31日前（剩35天）」, or the deadline as the plan wrote it for work without a date. */
export function deadlineLine(due: Due, deadlineText: string | null): string {
  if (due.kind === 'dated') {
    const [, m, d] = due.date.split('-').map(Number);
    return `${due.date.slice(0, 4)}年${m}月${d}日前（${dueLabel(due)}）`;
  }
  const written = deadlineText?.trim();
  return written ? `${written}（${dueLabel(due)}）` : dueLabel(due);
}
