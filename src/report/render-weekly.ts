// The weekly summary as WeCom Markdown: what a leader reads on a phone. One section per active plan;
// lists are grouped by unit and capped per line so each line stays short and splitting never cuts one.
import { inChina } from '../time/china.ts';
import type { PlanFigures, WeeklyFigures } from './weekly-figures.ts';
import { DUE_SOON_DAYS } from './weekly-figures.ts';
import { groupBy, joinCapped, monthDay, percent, pointsChange, shorten } from './format.ts';

const MAX_TASKS_PER_LINE = 10;
const MAX_UNITS_PER_LINE = 8;
const MAX_DUE_SOON_LINES = 30;
const SILENT_UNITS_PER_LINE = 12;
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

export function renderWeeklyMarkdown(f: WeeklyFigures, at: Date): string {
  const t = inChina(at);
  const lines = [
    '# 政务公开工作督办周报',
    `> 统计时间：${t.format('YYYY年M月D日')}（周${WEEKDAYS[t.day()]}）${t.format('HH:mm')}，本周指${monthDay(f.since)}至${monthDay(f.today)}`,
  ];
  if (f.plans.length === 0) lines.push('', '当前没有进行中的工作计划。');
  for (const p of f.plans) lines.push('', ...renderPlan(p));
  return lines.join('\n');
}

function renderPlan(p: PlanFigures): string[] {
  const change = pointsChange(p.rate, p.rateWeekAgo);
  const color = p.rate > p.rateWeekAgo ? 'info' : p.rate < p.rateWeekAgo ? 'warning' : 'comment';
  return [
    `## ${p.title}`,
    `**总体进度：已完成 ${p.done}/${p.total} 项（${percent(p.rate)}）**，较上周<font color="${color}">${change}</font>（上周 ${percent(p.rateWeekAgo)}）`,
    `本周完成 ${p.completedThisWeek.length} 项，逾期 ${p.overdue.length} 项，${DUE_SOON_DAYS}天内到期 ${p.dueSoon.reduce((n, d) => n + d.units.length, 0)} 项`,
    '',
    ...renderUnits(p),
    '',
    ...renderOverdue(p),
    '',
    ...renderDueSoon(p),
    '',
    ...renderCompleted(p),
    '',
    ...renderApart(p),
  ];
}

function renderUnits(p: PlanFigures): string[] {
  const lines = ['**各单位完成情况**（按完成率排序）'];
  p.units.forEach((u, i) => lines.push(`${i + 1}. ${u.unit} ${u.done}/${u.total}（${percent(u.rate, 0)}）`));
  if (!p.silentUnits.length) lines.push('本周各单位均有报送。');
  // Several short lines rather than one long one: a county may have a hundred silent units.
  for (let i = 0; i < p.silentUnits.length; i += SILENT_UNITS_PER_LINE) {
    const chunk = p.silentUnits.slice(i, i + SILENT_UNITS_PER_LINE).join('、');
    lines.push(i === 0 ? `本周未报送（${p.silentUnits.length} 个单位）：<font color="warning">${chunk}</font>` : `<font color="warning">${chunk}</font>`);
  }
  return lines;
}

function renderOverdue(p: PlanFigures): string[] {
  if (!p.overdue.length) return ['**逾期未完成**：无'];
  const lines = [`**逾期未完成**（${p.overdue.length} 项）`];
  for (const [unit, items] of groupBy(p.overdue, (o) => o.unit)) {
    const tasks = items.map((o) => `任务${o.taskNumber}逾期${o.daysOverdue}天`);
    lines.push(`- ${unit}：<font color="warning">${joinCapped(tasks, MAX_TASKS_PER_LINE)}</font>`);
  }
  return lines;
}

function renderDueSoon(p: PlanFigures): string[] {
  if (!p.dueSoon.length) return [`**${DUE_SOON_DAYS}天内到期**：无`];
  const lines = [`**${DUE_SOON_DAYS}天内到期**（${p.dueSoon.length} 项任务）`];
  for (const d of p.dueSoon.slice(0, MAX_DUE_SOON_LINES)) {
    const left = d.daysLeft === 0 ? '今天到期' : `剩${d.daysLeft}天`;
    lines.push(`- ${monthDay(d.due)}（${left}）任务${d.taskNumber} ${shorten(d.requirement)}：${joinCapped(d.units, MAX_UNITS_PER_LINE, '个单位')}`);
  }
  const rest = p.dueSoon.length - MAX_DUE_SOON_LINES;
  if (rest > 0) lines.push(`- 另有 ${rest} 项任务，可发送「本周到期」查看`);
  return lines;
}

function renderCompleted(p: PlanFigures): string[] {
  if (!p.completedThisWeek.length) return ['**本周完成**：无'];
  const lines = [`**本周完成**（${p.completedThisWeek.length} 项）`];
  // Units that finished most first; task numbers ascending so a leader can find one quickly.
  const groups = [...groupBy(p.completedThisWeek, (c) => c.unit)].sort((a, b) => b[1].length - a[1].length);
  for (const [unit, items] of groups) {
    const numbers = items.map((c) => c.taskNumber).sort((a, b) => a - b);
    lines.push(`- ${unit}：${joinCapped(numbers.map((n) => `任务${n}`), MAX_TASKS_PER_LINE)}`);
  }
  return lines;
}

function renderApart(p: PlanFigures): string[] {
  const parts: string[] = [];
  if (p.ongoing.total) parts.push(`长期坚持/定期 ${p.ongoing.total} 项（已报完成 ${p.ongoing.done} 项）`);
  if (p.relative.total) parts.push(`按事件时限 ${p.relative.total} 项（已报完成 ${p.relative.done} 项）`);
  if (p.undated.total) parts.push(`未定时限 ${p.undated.total} 项（已报完成 ${p.undated.done} 项）`);
  if (!parts.length) return [];
  return ['**持续性任务**（单列，不计逾期）', ...parts.map((s) => `- ${s}`)];
}
