// How a parsed task table is compared with hand labels, the way the steering side's scorer
// (score-plan.mjs) compares them: texts without white space and punctuation, unit texts as sets of
// canonical names, category paths without enumerators, lead units where the label names 牵头.
import type { Plan, Task } from '../../src/plan/types.ts';

export interface Expected {
  no: string | null;
  category: string[];
  requirement: string;
  unitsText: string;
  deadlineText: string | null;
  /** Other acceptable unit texts where the source is ambiguous. */
  unitsTextAlt?: string[];
}

// ---- the scorer's comparisons (score-plan.mjs), so a pass here is a pass there

const norm = (s: unknown) => String(s ?? '').normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');

const ALIASES: Array<[string, string]> = [
  ['卫健局', '卫生健康局'], ['卫生和健康局', '卫生健康局'], ['教体局', '教育和体育局'], ['教育体育局', '教育和体育局'],
  ['人社局', '人力资源社会保障局'], ['人力资源和社会保障局', '人力资源社会保障局'],
  ['住建局', '住房城乡建设局'], ['住房和城乡建设局', '住房城乡建设局'],
  ['发改局', '发展改革局'], ['发展和改革局', '发展改革局'], ['发改委', '发展改革局'], ['发展改革委', '发展改革局'],
  ['交通局', '交通运输局'], ['应急管理局', '应急局'], ['文旅局', '文化和旅游局'], ['工信局', '工业和信息化局'],
  ['行政审批局', '行政审批服务局'], ['综合执法局', '综合行政执法局'], ['执法局', '综合行政执法局'],
  ['退役军人事务局', '退役军人局'], ['市场监督管理局', '市场监管局'], ['教育局', '教育和体育局'],
];

function canonicalUnit(u: string): string {
  let s = norm(u).replace(/^(牵头单位|责任单位|配合单位|责任科室|评估对象)/, '').replace(/(牵头|配合)$/, '');
  for (const [from, to] of ALIASES) {
    if (s.endsWith(from) && !s.endsWith(to)) {
      s = s.slice(0, -from.length) + to;
      break;
    }
  }
  return s;
}

const unitSet = (text: string) =>
  new Set(text.normalize('NFKC').split(/[、，,；;。\s]+|牵头单位[:：]|责任单位[:：]|配合单位[:：]/).map(canonicalUnit).filter(Boolean));
const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));
const unitsAgree = (gold: string, pred: string) => norm(gold) === norm(pred) || sameSet(unitSet(gold), unitSet(pred));

const ENUMERATOR = /^\s*(第[一二三四五六七八九十百零〇\d]+[部分条项章节]?|[（(]?[一二三四五六七八九十百零〇\d]+[)）、.．]?)\s*/u;
const catPath = (path: string[]) => path.map((c) => norm(c.normalize('NFKC').replace(ENUMERATOR, ''))).filter(Boolean).join('/');

/** The lead units a gold unit text names (「牵头单位：X」 or 「X牵头，…」), or null when it names none. */
function goldLeads(text: string): Set<string> | null {
  const s = text.normalize('NFKC');
  const labelled = s.match(/牵头单位[:：]([^；;。]*?)(?=[；;。]|责任单位|配合单位|$)/);
  if (labelled) return unitSet(labelled[1]);
  const before = s.match(/([^，,；;。]*?)牵头(?!单位)/);
  return before && before[1].trim() ? unitSet(before[1]) : null;
}
const predLeads = (t: Task) => new Set(t.units.filter((u) => u.role === 'lead').map((u) => canonicalUnit(u.name)).filter(Boolean));

// ---- what a user of the task table would notice: one task per labelled task, in order

export type Field = 'requirement' | 'units' | 'lead' | 'deadline' | 'category' | 'no';
export const ALL_FIELDS: Field[] = ['requirement', 'units', 'lead', 'deadline', 'category', 'no'];

/** One line per disagreement on the given fields, empty when the plan reads as labelled. */
export function misses(plan: Plan, expected: Expected[], fields: Field[]): string[] {
  const out: string[] = [];
  if (plan.tasks.length !== expected.length) out.push(`任务数：应为 ${expected.length}，实为 ${plan.tasks.length}`);
  expected.forEach((g, i) => {
    const p = plan.tasks[i];
    const at = `#${i + 1}`;
    if (!p) return;
    if (fields.includes('requirement') && norm(g.requirement) !== norm(p.requirement)) out.push(`${at} 要求「${g.requirement}」≠「${p.requirement}」`);
    if (fields.includes('units') && ![g.unitsText, ...(g.unitsTextAlt ?? [])].some((u) => unitsAgree(u, p.unitsText))) out.push(`${at} 单位「${g.unitsText}」≠「${p.unitsText}」`);
    const leads = goldLeads(g.unitsText);
    if (fields.includes('lead') && leads?.size && !sameSet(leads, predLeads(p))) out.push(`${at} 牵头「${[...leads]}」≠「${[...predLeads(p)]}」`);
    if (fields.includes('deadline') && g.deadlineText !== null && norm(g.deadlineText) !== norm(p.deadlineText)) out.push(`${at} 时限「${g.deadlineText}」≠「${p.deadlineText}」`);
    if (fields.includes('category') && catPath(g.category) !== catPath(p.category)) out.push(`${at} 类别「${g.category.join('/')}」≠「${p.category.join('/')}」`);
    if (fields.includes('no') && g.no !== null && norm(g.no) !== norm(p.no)) out.push(`${at} 序号「${g.no}」≠「${p.no}」`);
  });
  return out;
}
