// The daily reminder as ONE webhook text message (WeCom: at most 2048 bytes), grouped by unit, with the
// liaisons of the units it lists @mentioned through `mentioned_list`. Units that no longer fit are
// counted at the end rather than sent as a second message.
import { fullDate, joinCapped, monthDay } from './format.ts';
import type { UnitReminder } from './reminder-figures.ts';

export const TEXT_MAX_BYTES = 2048;
const MAX_ITEMS_PER_KIND = 8;
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

export interface ReminderText { content: string; mentioned: string[] }

export function renderReminder(units: UnitReminder[], today: string, withinDays: number, maxBytes = TEXT_MAX_BYTES): ReminderText | null {
  if (!units.length) return null;
  const head = [`【督办提醒】${fullDate(today)}`, `以下任务已逾期或将在${withinDays}天内到期，请抓紧办理；完成后在群里@我回复「完成 任务号」。`];
  const body: string[] = [];
  const mentioned: string[] = [];
  let size = bytes(head.join('\n'));
  const footerBudget = 160;
  let shown = 0;
  for (const u of units) {
    const line = unitLine(u);
    if (size + bytes(line) + 1 > maxBytes - footerBudget) break;
    body.push(line);
    size += bytes(line) + 1;
    shown++;
    for (const id of u.liaisons) if (!mentioned.includes(id)) mentioned.push(id);
  }
  const total = units.reduce((n, u) => n + u.overdue.length + u.dueSoon.length, 0);
  const rest = units.slice(shown);
  const footer = rest.length
    ? `共 ${units.length} 个单位 ${total} 项；另有 ${rest.length} 个单位未列出，请发送「逾期」或「本周到期」查看。`
    : `共 ${units.length} 个单位 ${total} 项。`;
  return { content: [...head, ...body, footer].join('\n'), mentioned };
}

function unitLine(u: UnitReminder): string {
  const parts: string[] = [];
  if (u.overdue.length) parts.push(`逾期 ${joinCapped(u.overdue.map((i) => `任务${i.taskNumber}（${-i.daysLeft}天）`), MAX_ITEMS_PER_KIND)}`);
  if (u.dueSoon.length) {
    const soon = u.dueSoon.map((i) => `任务${i.taskNumber}（${i.daysLeft === 0 ? '今天' : monthDay(i.due)}）`);
    parts.push(`将到期 ${joinCapped(soon, MAX_ITEMS_PER_KIND)}`);
  }
  return `${u.unit}：${parts.join('；')}`;
}
