// Plans without a task table (「工作要点」 written as numbered paragraphs): the numbered items of the
// body become tasks. An item with sub-items is a heading (a category); items without are tasks, except
// top-level sections such as 「一、总体要求」. Units are the ones the item names as acting.
import type { Block } from './source.ts';
import type { PlanWarning } from './types.ts';
import type { TableTaskRow } from './table/table-rows.ts';
import { normalizeText } from './table/normalize.ts';
import { findActingUnits } from './unit-mentions.ts';
import { splitItemFields } from './body-fields.ts';
import { normalizeUnitsText } from './table/normalize.ts';

const ENUMERATORS: RegExp[] = [
  /^第[一二三四五六七八九十]+(部分|章|节)\s*/,
  /^[一二三四五六七八九十]+、/,
  /^[（(][一二三四五六七八九十]+[)）]/,
  /^\d{1,3}[.．、](?!\d)/,
  /^[（(]\d{1,3}[)）]/,
  /^[①-⑳]/,
];
const END_OF_BODY = /^(附件|抄送|印发)/;
const PAGE_NUMBER = /^[-—–]\s*\d+\s*[-—–]$|^第\s*\d+\s*页(\s*共\s*\d+\s*页)?$/;

interface Item {
  level: number;
  no: string;
  text: string;
  where: string;
  parents: Item[];
  hasChildren: boolean;
}

function enumeratorOf(text: string): { level: number; no: string } | null {
  for (let level = 0; level < ENUMERATORS.length; level++) {
    const m = text.match(ENUMERATORS[level]);
    if (m) return { level, no: m[0].trim().replace(/[.．、]$/, '') };
  }
  return null;
}

function collectItems(blocks: Block[]): Item[] {
  const items: Item[] = [];
  const open: Item[] = [];
  for (const block of blocks) {
    if (block.kind !== 'paragraph') continue;
    const line = block.text.trim();
    if (!line || PAGE_NUMBER.test(line)) continue;
    if (END_OF_BODY.test(line)) break;
    const enumerator = enumeratorOf(line);
    if (!enumerator) {
      const current = open.at(-1);
      if (current) current.text += `\n${line}`;
      continue;
    }
    while (open.length && open[open.length - 1].level >= enumerator.level) open.pop();
    for (const parent of open) parent.hasChildren = true;
    const item: Item = { level: enumerator.level, no: enumerator.no, text: line.slice(enumerator.no.length).replace(/^[.．、]/, ''), where: block.where, parents: [...open], hasChildren: false };
    items.push(item);
    open.push(item);
  }
  return items;
}

/** A heading's own words: up to its first full stop. */
const headingOf = (item: Item) => normalizeText(item.text).split(/[。；]/)[0];

export function readBodyItems(blocks: Block[], startAt = 0): { rows: TableTaskRow[]; warnings: PlanWarning[] } {
  const items = collectItems(blocks.slice(startAt));
  const topLevel = Math.min(...items.map((i) => i.level));
  const levels = new Set(items.map((i) => i.level));
  const rows: TableTaskRow[] = [];
  const warnings: PlanWarning[] = [];
  for (const item of items) {
    if (item.hasChildren || (item.level === topLevel && levels.size > 1)) continue;
    const fields = splitItemFields(item.text);
    const text = normalizeText(fields.text);
    if (!text) continue;
    const category = item.parents.map(headingOf);
    const inline = splitInlineItems(text);
    const tasks = inline
      ? inline.parts.map((requirement) => ({ no: null as string | null, category: [...category, inline.heading], requirement }))
      : [{ no: item.no as string | null, category, requirement: text }];
    for (const task of tasks) {
      const labelled = task.requirement.match(LABELLED_UNITS);
      if (labelled) task.requirement = task.requirement.slice(0, labelled.index).trim();
      // 「（责任单位：县司法局；完成时限：2023年6月底前）」: the bracket may close with the deadline.
      const [bracketUnits, bracketDeadline] = labelled ? labelled[1].split(BRACKET_DEADLINE) : [];
      const unitsText = bracketUnits ?? (fields.units.length ? '' : findActingUnits(task.requirement));
      const units = unitsText ? [{ role: 'units' as const, text: unitsText }] : fields.units.map((u) => ({ ...u, text: normalizeUnitsText(u.text) }));
      if (!units.length) warnings.push({ where: item.where, message: '这一条没有写明由哪个单位负责，请在导入后指定责任单位' });
      rows.push({ ...task, where: item.where, units, deadlineText: bracketDeadline?.trim() || fields.deadlineText });
    }
  }
  return { rows, warnings };
}

const BRACKET_DEADLINE = /[；;，,]\s*(?:完成|办结)?(?:时限|时间|期限)(?:要求)?[:：]/;

// 「……实时调整更新。（牵头单位：县政府办公室；配合单位：县政府各部门）」
const LABELLED_UNITS = /[（(]((?:牵头单位|责任单位|主办单位|负责单位|责任部门)[:：][^（）()]+)[)）]\s*$/;

// 「深化政策解读。一是县司法局要……。二是各镇、街道要……。」: one item, several tasks.
const INLINE_MARK = /(^|[。；;：:])([一二三四五六七八九十]+是)/g;

function splitInlineItems(text: string): { heading: string; parts: string[] } | null {
  const marks = [...text.matchAll(INLINE_MARK)];
  if (marks.length < 2 || marks[0][2] !== '一是') return null;
  const starts = marks.map((m) => (m.index ?? 0) + m[1].length);
  const parts = starts.map((start, i) => text.slice(start + marks[i][2].length, starts[i + 1] ?? text.length).trim());
  const heading = text.slice(0, starts[0]).replace(/[。；;：:\s]+$/, '');
  return { heading, parts: parts.filter(Boolean) };
}
