// Progress, overdue and due-soon replies.
import type { Counts, Progress, UnitCounts } from '../progress/progress.ts';
import type { AssignmentView } from '../progress/views.ts';
import { dueLabel } from './due-text.ts';
import { onePage, pagesOf, type Pages } from './paginate.ts';
import { shortenRequirement } from './shorten.ts';
import { countLine } from './task-list.ts';

const percent = (rate: number): string => `${Math.round(rate * 1000) / 10}%`;

// 「进度」 is rebuilt after every report, which changes one unit's figures: keep each unit's line
// until its figures change (a page of 30 lines took ~5 µs to format).
const unitLines = new Map<string, { counts: Counts; line: string }>();

const sameCounts = (a: Counts, b: Counts): boolean => a.done === b.done && a.total === b.total && a.overdue === b.overdue;

function unitLine(u: UnitCounts): string {
  const kept = unitLines.get(u.unit);
  if (kept && sameCounts(kept.counts, u)) return kept.line;
  const late = u.overdue ? `，<font color="warning">逾期${u.overdue}项</font>` : '';
  // Flat, not a template's rope: kept lines are joined into a page again after every report.
  const line = ['- ', u.unit, '：', u.done, '/', u.total, '（', percent(u.rate), '）', late].join('');
  if (unitLines.size >= 10_000) unitLines.clear();
  unitLines.set(u.unit, { counts: u, line });
  return line;
}

/** Pages of 「进度」, rendered when shown: the figures change with every report, and most askers
 *  read only the first page (rendering all of 100 units' lines cost ~6 µs per rebuild). */
export function progressPages(p: Progress, today: string): Pages {
  if (p.overall.total === 0) return onePage('当前没有生效的工作要点任务。');
  const header = `**总体进度**（截至${today}）：${countLine(p.overall)}，完成率${percent(p.overall.rate)}\n各单位（完成率由低到高）：`;
  return pagesOf(header, p.units, unitLine, 30);
}

function assignmentLine(v: AssignmentView): string {
  return `- **${v.task.number}** ${v.assignment.unit}｜${shortenRequirement(v.task.requirement, 24)}｜${dueLabel(v.due)}`;
}

/** Pages of 「逾期」, rendered when shown: the whole county can have thousands of overdue items. */
export function overduePages(views: AssignmentView[], unit: string | null = null): Pages {
  const whose = unit ? `${unit}` : '';
  if (views.length === 0) return onePage(`目前${whose}没有逾期未完成的任务。`);
  return pagesOf(`**${whose}逾期未完成** 共${views.length}项（逾期最久的在前）`, views, assignmentLine);
}

/** Pages of 「本周到期」, rendered when shown. */
export function dueThisWeekPages(views: AssignmentView[], until: string): Pages {
  if (views.length === 0) return onePage(`本周（至${until}）没有到期的未完成任务。`);
  return pagesOf(`**本周到期**（至${until}）共${views.length}项未完成`, views, assignmentLine);
}
