// The import preview as an admin reads it before confirming: what the plan holds, what it would do to
// the store, and what needs a person's eye. Plain text, one fact per line; used by the CLI and the chat.
import { inChina } from '../time/china.ts';
import type { Deadline } from './types.ts';
import type { ImportPreview } from './import-plan.ts';

const KIND_NAMES: Record<Deadline['kind'], string> = {
  date: '具体日期', ongoing: '长期/持续', relative: '事件后限期', periodic: '定期', none: '未写明',
};
const MAX_LIST = 30;

export function renderPreview(p: ImportPreview): string {
  const { plan, draft } = p;
  const lines = [
    `计划：${plan.title}${plan.year ? `（${plan.year}年）` : '（年份未识别）'}`,
    `文件：${p.source.name}`,
    `结果：${outcome(p)}`,
    `任务 ${plan.tasks.length} 项，责任单位 ${p.units.length} 个，分配 ${draft.assignments.length} 条`,
  ];
  section(lines, `责任单位（${p.units.length}个，按任务数）`, p.units.map((u) => `${u.name} ${u.tasks}项`), Infinity);
  section(lines, '单位组', p.groups.map((g) => `${g.name} → ${g.members.length ? `${g.members.join('、')}（${g.members.length}个）` : '目录中没有对应单位'}`), Infinity);
  if (p.newUnits.length) {
    const title = p.directoryBuilt ? `单位目录（尚无 units.json，将按本计划建立，${p.newUnits.length}个）` : `新加入单位目录的单位（${p.newUnits.length}个）`;
    section(lines, title, [p.newUnits.map((u) => `${u.name}（${u.kind}）`).join('、')], Infinity);
  }
  section(lines, '时限', deadlineCounts(p), Infinity);
  const review = [...unresolvedLines(p), ...p.warnings.map((w) => `${w.where}：${w.message}`)];
  section(lines, `需要核对（${review.length}处）`, review.length ? review : ["无"], Infinity);
  if (p.kind === 'version') versionLines(lines, p);
  return lines.join('\n') + '\n';
}

// One line per unresolved unit text, naming every task it appears in: a group such as 各街镇 that the
// directory cannot expand is usually named by dozens of tasks, and one line each would bury the rest.
function unresolvedLines(p: ImportPreview): string[] {
  const byText = new Map<string, { reason: string; places: string[] }>();
  for (const u of p.unresolved) {
    const entry = byText.get(u.text) ?? { reason: u.reason, places: [] };
    entry.places.push(`${u.taskId}（${u.where}）`);
    byText.set(u.text, entry);
  }
  return [...byText].map(([text, { reason, places }]) =>
    `${text ? `责任单位「${text}」` : '未写明责任单位'}：${reason}。涉及 ${places.length} 项任务：${places.slice(0, 8).join('、')}${places.length > 8 ? "等" : ''}`);
}

function outcome(p: ImportPreview): string {
  const id = p.draft.planId;
  if (p.kind === 'unchanged') return p.unchangedReason === 'same-file' ? `这个文件已导入为 ${id}，不会有任何改动` : `内容与已导入的 ${id} 相同，不会有任何改动`;
  const retitled = p.previous && p.previous.title !== p.plan.title ? `；标题与《${p.previous.title}》不同，但任务基本相同，视为同一计划` : '';
  if (p.kind === 'version') return `计划 ${id} 的新版本（第${(p.previous?.version ?? 1) + 1}版，替换 ${p.previous?.sourceName}${retitled}）`;
  if (p.unchangedReason === 'same-content' && retitled) return `内容与已导入的 ${id} 相同${retitled}，不会有任何改动`;
  return `新计划，编号 ${id}，任务编号从 ${p.draft.tasks[0]?.number ?? p.basedOn.nextTaskNumber} 起`;
}

function deadlineCounts(p: ImportPreview): string[] {
  const counts = new Map<Deadline['kind'], number>();
  for (const t of p.plan.tasks) counts.set(t.deadline.kind, (counts.get(t.deadline.kind) ?? 0) + 1);
  return (Object.keys(KIND_NAMES) as Deadline['kind'][]).filter((k) => counts.has(k)).map((k) => `${KIND_NAMES[k]} ${counts.get(k)}项`);
}

function versionLines(lines: string[], p: ImportPreview): void {
  const d = p.diff!;
  // Draft tasks are in the plan's order; their ids may differ (a new task gets an id the plan never used).
  const numbers = new Map(p.plan.tasks.map((t, i) => [t.id, p.draft.tasks[i].number]));
  const number = (id: string) => numbers.get(id);
  lines.push('', `与上一版相比：新增 ${d.added.length} 项，删除 ${d.removed.length} 项，修改 ${d.changed.length} 项，未变 ${d.unchanged} 项`);
  const items = [
    ...d.added.map((t) => `+ 新增 任务${number(t.id) ?? ''}（${t.where}）${short(t.requirement)}`),
    ...d.removed.map((t) => `- 删除 任务${t.number} ${short(t.requirement)}`),
    ...d.changed.map((c) => `~ 修改 任务${c.before.number}（${c.fields.join('、')}）${short(c.after.requirement)}`),
  ];
  for (const item of items.slice(0, MAX_LIST)) lines.push(`  ${item}`);
  if (items.length > MAX_LIST) lines.push(`  ……另有 ${items.length - MAX_LIST} 项`);
  lines.push(`完成记录：保留 ${p.reports.kept.length} 条（任务和单位仍在），移除 ${p.reports.dropped.length} 条（任务或单位已不在新版本中）`);
  // Name each record that would go, so nobody's reported work disappears unseen.
  const oldNumbers = new Map(p.previous?.tasks.map((t) => [t.id, t.number]));
  for (const r of p.reports.dropped.slice(0, MAX_LIST)) {
    const [, taskId, unit] = r.assignmentId.split('/');
    lines.push(`  - 任务${oldNumbers.get(taskId) ?? taskId} ${unit}：${r.status === 'done' ? '已完成' : '已退回'}，${r.reportedBy} 于 ${inChina(r.reportedAt).format('YYYY-MM-DD')} 报送`);
  }
  if (p.reports.dropped.length > MAX_LIST) lines.push(`  ……另有 ${p.reports.dropped.length - MAX_LIST} 条`);
}

function section(lines: string[], title: string, items: string[], max: number): void {
  if (items.length === 0) return;
  lines.push('', `${title}：`);
  for (const item of items.slice(0, max)) lines.push(`  ${item}`);
  if (items.length > max) lines.push(`  ……另有 ${items.length - max} 处`);
}

const short = (text: string, max = 40) => (text.length > max ? `${text.slice(0, max)}…` : text);
