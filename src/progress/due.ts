// When an assignment falls due, by deadline kind. Only calendar dates (and periodic tasks whose next
// due date the parser knows) can be late; ongoing, event-relative and undated work is listed apart
// and never counted as overdue, because there is no date to be late against.
import type { Deadline } from '../plan/types.ts';
import { daysBetween } from '../time/china.ts';

export type Due =
  /** A China date; `daysLeft` is negative once it has passed (the due day itself is 0, not late). */
  | { kind: 'dated'; date: string; daysLeft: number }
  /** 长期坚持 / 持续推进, and periodic work without a known next date. */
  | { kind: 'ongoing' }
  /** Counted from an event (信息形成之日起20个工作日内). */
  | { kind: 'relative' }
  | { kind: 'undated' };

/** The due date of a deadline as a China date, or null when it has none. */
export function dueDateOf(deadline: Deadline): string | null {
  if (deadline.kind === 'date') return deadline.date;
  if (deadline.kind === 'periodic') return deadline.due ?? null;
  return null;
}

/** Classifies a deadline and, for dated ones, counts the days left from China date `today`. */
export function dueOf(deadline: Deadline, today: string): Due {
  const date = dueDateOf(deadline);
  if (date) return { kind: 'dated', date, daysLeft: daysBetween(today, date) };
  if (deadline.kind === 'ongoing' || deadline.kind === 'periodic') return { kind: 'ongoing' };
  if (deadline.kind === 'relative') return { kind: 'relative' };
  return { kind: 'undated' };
}

export const isOverdue = (due: Due): boolean => due.kind === 'dated' && due.daysLeft < 0;
