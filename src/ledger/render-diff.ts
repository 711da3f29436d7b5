// The Chinese preview of a ledger import: what will change, task by task, before anything is written.
import type { LedgerDiff, TaskEdit } from './ledger-diff.ts';
import { isEmptyDiff } from './ledger-diff.ts';

const MAX_LISTED = 30;
const clip = (s: string, n = 40): string => (s.length > n ? `${s.slice(0, n)}…` : s);

function editLines(e: TaskEdit): string[] {
  const lines: string[] = [];
  if (e.requirement) lines.push(`具体要求：「${clip(e.requirement.before)}」→「${clip(e.requirement.after)}」`);
  if (e.category) lines.push(`工作任务：「${e.category.before.join('／')}」→「${e.category.after.join('／')}」`);
  if (e.deadline) lines.push(`时限要求：「${e.deadline.before || '无'}」→「${e.deadline.after || '无'}」`);
  if (e.unitsAdded.length) lines.push(`增加责任单位：${e.unitsAdded.join('、')}`);
  if (e.unitsRemoved.length) lines.push(`移除责任单位：${e.unitsRemoved.join('、')}`);
  return lines.map((l) => `  - ${l}`);
}

export function renderLedgerDiff(d: LedgerDiff): string {
  if (isEmptyDiff(d)) return ['台账与系统中的任务一致，没有需要导入的修改。', ...d.notes.map((n) => `- ${n}`)].join('\n');
  const out = [`**台账导入预览**：修改 ${d.edits.length} 项任务，新增 ${d.added.length} 项，删除 ${d.removed.length} 项。`];
  const items = [
    ...d.edits.map((e) => [`- 任务${e.number}（${e.planId}）`, ...editLines(e)].join('\n')),
    ...d.added.map((t) => `- 新增（${t.planId}，${t.where}）：${clip(t.requirement)}；责任单位：${t.units.join('、') || '未填写'}；时限：${t.deadlineText || '无'}`),
    ...d.removed.map((t) => `- 删除 任务${t.number}（${t.planId}）：${clip(t.requirement)}`),
  ];
  out.push(...items.slice(0, MAX_LISTED));
  if (items.length > MAX_LISTED) out.push(`…… 另有 ${items.length - MAX_LISTED} 处修改未列出。`);
  if (d.newUnits.length) out.push(`新单位（将加入单位名录）：${d.newUnits.join('、')}`);
  out.push(`完成记录：保留 ${d.keptReports} 条${d.lostReports ? `；${d.lostReports} 条因任务或责任单位被删除而不再适用` : ''}。`);
  out.push('状态、完成时间、佐证链接、报送人列以系统记录为准，表中的修改不会导入。');
  if (d.notes.length) out.push('注意：', ...d.notes.map((n) => `- ${n}`));
  return out.join('\n');
}
