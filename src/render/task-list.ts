// A unit's open tasks as chat Markdown: count line, then one line per open assignment in urgency order.
import { viewOf, type AssignmentView } from '../progress/views.ts';
import type { Counts, UnitWork } from '../progress/progress.ts';
import type { Due } from '../progress/due.ts';
import type { StoredTask } from '../store/schema.ts';
import { dueLabel } from './due-text.ts';
import { LIST_LIMIT, onePage, pagesFrom, type Pages } from './paginate.ts';
import { shortenRequirement } from './shorten.ts';

/** 共N项，已完成M项 (and what is left, and how much of it is late). */
export function countLine(c: Counts): string {
  const open = c.total - c.done;
  const late = c.overdue ? `，其中逾期${c.overdue}项` : '';
  return `共${c.total}项，已完成${c.done}项` + (open ? `，未完成${open}项${late}` : '');
}

function shortDate(v: AssignmentView): string {
  if (v.due.kind !== 'dated') return '';
  return `${+v.due.date.slice(5, 7)}月${+v.due.date.slice(8, 10)}日 `;
}

// A unit's first page is rebuilt after each of its reports and shows mostly the lines it showed
// before (~0.4 µs a line to render). A line depends on the task, its due date that day and whether it
// was returned; an assignment's Due is one object per agenda (plans version and day), so it keys the
// open lines, the task checked too in case one Due ever served several tasks.
const openLines = new WeakMap<Due, { task: StoredTask; line: string }>();

/** One line: number, shortened requirement, due date with 已逾期N天 / 剩N天. */
export function taskLine(v: AssignmentView): string {
  if (v.status !== 'open') return renderLine(v);
  const kept = openLines.get(v.due);
  if (kept?.task === v.task) return kept.line;
  const line = renderLine(v);
  openLines.set(v.due, { task: v.task, line });
  return line;
}

function renderLine(v: AssignmentView): string {
  const label = dueLabel(v.due);
  const due = v.due.kind === 'dated' && v.due.daysLeft < 0 ? `<font color="warning">${label}</font>` : label;
  const returned = v.status === 'returned' ? '〔被退回〕' : '';
  // One flat string: a template is a rope of pieces that every page's join walks again, and a kept
  // line is joined into many pages (the page's join took ~10 µs with ropes, ~3 µs with flat lines).
  return ['- **', v.task.number, '** ', returned, shortenRequirement(v.task.requirement), '｜', shortDate(v), due].join('');
}

/**
 * Pages of a unit's open tasks, rendered when shown. `work.open` is in urgency order and may hold only
 * the first LIST_LIMIT; or only the first page's, with `rest` to look up all LIST_LIMIT of the same data
 * when a later page is asked for (most askers never say 「更多」).
 */
export function unitTaskPages(unit: string, work: UnitWork, rest?: () => UnitWork): Pages {
  const { counts, open } = work;
  const header = `**${unit}** ${countLine(counts)}`;
  if (counts.total === 0) return onePage(`**${unit}** 在当前工作要点中没有分解任务。`);
  if (open.length === 0) return onePage(`${header}\n全部任务已完成，辛苦了！`);
  const openTotal = counts.total - counts.done;
  let all = rest ? null : work;
  const itemsOf = (from: number, to: number) => {
    const w = to <= open.length ? work : (all ??= rest!());
    return w.open.slice(from, to).map((s) => viewOf(s, w.reports.get(s.assignment.id)));
  };
  return pagesFrom(header, rest ? Math.min(openTotal, LIST_LIMIT) : open.length, itemsOf, taskLine, undefined, openTotal);
}
