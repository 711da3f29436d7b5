// When an assignment falls due, by deadline kind. Only calendar dates (and periodic tasks whose next
// due date is known) can be overdue; ongoing, event-relative and undated work is shown apart.
// (Kept here until src/progress offers the same; see the report for merging.)
import type { Deadline } from '../plan/types.ts';

export type DueClass =
  | { kind: 'dated'; due: string }
  /** 长期坚持 / 持续推进, periodic without a known next date. */
  | { kind: 'ongoing' }
  /** Counted from an event (信息形成之日起20个工作日内): no fixed date to be late against. */
  | { kind: 'relative' }
  | { kind: 'undated' };

export function classifyDeadline(deadline: Deadline): DueClass {
  switch (deadline.kind) {
    case 'date':
      return { kind: 'dated', due: deadline.date };
    case 'periodic':
      return deadline.due ? { kind: 'dated', due: deadline.due } : { kind: 'ongoing' };
    case 'ongoing':
      return { kind: 'ongoing' };
    case 'relative':
      return { kind: 'relative' };
    default:
      return { kind: 'undated' };
  }
}
