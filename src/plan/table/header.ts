// Recognises a table's header row and what each column holds, whatever words the plan uses
// (工作任务/重点任务, 具体要求/工作措施/五级指标, 责任单位/牵头单位/评估对象, 时限要求/完成时间 …).
import { normalizeUnitsText } from './normalize.ts';

export type ColumnRole =
  | 'no'
  | 'category'
  | 'requirement'
  | 'units'
  | 'leadUnits'
  | 'memberUnits'
  | 'deadline'
  | 'other';

export type UnitRole = 'units' | 'leadUnits' | 'memberUnits';
export const isUnitRole = (role: ColumnRole): role is UnitRole => role === 'units' || role === 'leadUnits' || role === 'memberUnits';

// First match wins; the order matters (「完成时限」 is a deadline although it holds 完成, 「牵头单位」 is
// a lead unit column before it is a unit column).
const ROLE_WORDS: Array<[ColumnRole | 'task', RegExp]> = [
  ['other', /(备注|完成情况|进展情况|落实情况|推进情况|分值|得分|评分|扣分|说明|附注|领导|责任人|联系人|经办人|电话|任务数|数量|个数|项数|已完成|未完成|完成率|完成数)/],
  ['deadline', /(时限|时间|期限|日期|节点|截止|完成时)/],
  ['leadUnits', /牵头/],
  ['memberUnits', /(配合|协办|协助|协同|协作|参与)/],
  ['units', /(单位|部门|科室|处室|对象|主体|负责|承办|主办|责任)/],
  ['no', /^(序号|编号|序|NO\.?|No\.?|项次)$/],
  ['task', /^[一二三四五六七八九十]级指标$|^指标$/],
  ['requirement', /(要求|内容|措施|举措|要点|细则|标准|目标|做法|具体工作|具体任务|任务分解)/],
  ['category', /(类别|分类|领域|板块|方面|类型|栏目|大项|小项|层级)/],
  ['task', /(任务|工作|事项|项目|重点|指标)/],
];

const MAX_HEADER_WORD = 12;

/** The role a header cell names, 'task' when it could be a category or the requirement, null if none. */
export function roleOfHeaderWord(text: string): ColumnRole | 'task' | null {
  const word = normalizeUnitsText(text);
  if (!word || word.length > MAX_HEADER_WORD) return null;
  for (const [role, pattern] of ROLE_WORDS) if (pattern.test(word)) return role;
  return null;
}

/**
 * Reads a row as a header: the roles of its non-empty cells in order, or null when the row is not a
 * header (too few recognised words, or long text in a cell). 'task' columns are resolved: the last one
 * is the requirement when no column names the requirement, the others are category levels.
 */
export function readHeaderRoles(texts: string[]): Array<ColumnRole | null> | null {
  const words = texts.map((t) => normalizeUnitsText(t));
  const filled = words.filter(Boolean);
  if (filled.length < 2 || filled.some((w) => w.length > MAX_HEADER_WORD)) return null;
  const raw = words.map((w) => (w ? roleOfHeaderWord(w) : null));
  const recognised = raw.filter((r) => r !== null).length;
  // Allow an unknown word or two (分管领导, 联系人) beside the ones we know.
  if (recognised < 2 || recognised < filled.length - (filled.length >= 5 ? 2 : 1)) return null;
  const hasUnits = raw.some((r) => r === 'units' || r === 'leadUnits' || r === 'memberUnits');
  const hasText = raw.some((r) => r === 'requirement' || r === 'task');
  if (!hasUnits || !hasText) return null;
  return resolveTaskColumns(raw);
}

function resolveTaskColumns(raw: Array<ColumnRole | 'task' | null>): Array<ColumnRole | null> {
  const hasRequirement = raw.includes('requirement');
  const lastTask = raw.lastIndexOf('task');
  return raw.map((role, i) => {
    if (role !== 'task') return role;
    return !hasRequirement && i === lastTask ? 'requirement' : 'category';
  });
}

/** Two headers describe the same table (a page break repeated it) when they name the same roles. */
export function sameRoles(a: Array<ColumnRole | null>, b: Array<ColumnRole | null>): boolean {
  const key = (roles: Array<ColumnRole | null>) =>
    [...new Set(roles.filter((r) => r && r !== 'category' && r !== 'other'))].sort().join(',');
  return key(a) === key(b) && a.includes('category') === b.includes('category');
}

const MAX_SUB_HEADER_WORD = 6;
const LEVEL_WORD = /^([一二三四五六七八九十]|[1-9])级(指标|分类|类别|任务|目录|事项)?$/;

/**
 * Reads the second row of a two-row header (「责任单位」 over 「牵头单位｜配合单位」, 「工作任务」 over
 * 「一级｜二级」): the role of each cell, or null when the row is not made of header words only.
 */
export function readSubHeaderRoles(texts: string[]): Array<ColumnRole | null> | null {
  const words = texts.map((t) => normalizeUnitsText(t));
  if (words.filter(Boolean).length < 2 || words.some((w) => w.length > MAX_SUB_HEADER_WORD)) return null;
  const roles: Array<ColumnRole | null> = [];
  for (const word of words) {
    if (!word) roles.push(null);
    else if (LEVEL_WORD.test(word)) roles.push('category');
    else {
      const role = roleOfHeaderWord(word);
      if (!role) return null;
      roles.push(role === 'task' ? 'category' : role);
    }
  }
  return roles;
}
