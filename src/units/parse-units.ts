// Splits a responsible-unit cell into units and groups with their roles:
//   「县发改局、县教体局」                         → two members, abbreviations expanded
//   「各镇、街道、经济开发区，县直各部门、单位」     → 各镇, 各街道 (shared 各), 经济开发区, one 县直 group
//   「县司法局牵头，各行政执法主体具体落实」         → lead 县司法局, member group 各行政执法主体
//   「牵头单位：X、Y；配合单位：Z」                 → leads X, Y; member Z
//   「除X、Y外的部门、单位」「X等有关部门」          → an exclusion group; X plus an open group
//   「县司法局（牵头）\n县财政局」「牵头：X；配合：Y」 → lead X (one unit per line), member Y
//   「县直各部门按职责分工负责」「（分别负责）」       → the role phrase is no name: 县直各部门, nothing
// Roles are 'lead' only where the cell names a 牵头 unit; otherwise every unit is a member.
import type { UnitRef, UnitRole } from '../plan/types.ts';
import { canonicalUnitName, COUNTY_PREFIX } from './aliases.ts';
import { isGroupName } from './groups.ts';
import { ROLE_MARK_SOURCE, ROLE_PARENTHESIS, ROLE_TAIL } from './role-words.ts';
import { separateUnitLines } from './unit-lines.ts';

const JOINER = /(?<=(?:局|办|委|中心|室|政府|办事处|街道|镇|部门|单位|主体|公司))(?:以及|和|及|与)/;
// 「牵头单位：」「配合部门：」「牵头：」「配合：」, also 「牵头单位县司法局」 once white space is gone.
const LABEL_WORD = '(?:牵头|主责|主办|责任|配合|协办|参与|协同|协作)';
const LABEL = new RegExp(`(?<!各|等|相关|有关|其他)(${LABEL_WORD}(?:单位|部门))(?:[:：]|、|(?=[县区市各]))|(${LABEL_WORD})[:：]`, 'g');
const MARK = new RegExp(ROLE_MARK_SOURCE); // 「县财政局（牵头）、县审计局」
const KIND_WORDS = new Set(['镇', '乡镇', '街道', '街道办事处', '办事处', '镇办', '镇人民政府', '部门', '单位']);
// Names run together once white space was stripped: 「县财政局县审计局」.
// A name after a role mark or 牵头 (「县司法局（牵头）县财政局」) is glued the same way.
const GLUED = new RegExp(`(局|办公室|办|委|中心|牵头|${ROLE_MARK_SOURCE})(?=[县区](?!政府|域|级)[^、，,；;]{2,})`, 'g');
const KEEP = '\u0001'; // stands for the 、 inside 「部门、单位」 while splitting

/**
 * NFKC text on one line: white space between two complete names becomes 、, any other is dropped, and
 * names run together (「县财政局县审计局」) are separated.
 */
const flatten = (text: string): string => separateUnitLines(text.normalize('NFKC')).replace(GLUED, '$1、');

/** The cell cut into parts by role: labelled (牵头单位：) or inline (X牵头，Y配合). */
function splitRoles(s: string): { text: string; role: UnitRole }[] {
  if (MARK.test(s)) {
    return s.split(/[、，,；;]/).map((item) => ({
      text: item.replace(new RegExp(MARK, 'g'), ''),
      role: (MARK.exec(item)?.[0].includes('牵头') ? 'lead' : 'member') as UnitRole,
    }));
  }
  const labels = [...s.matchAll(LABEL)];
  if (labels.length) {
    const parts = labels.map((m, i) => ({
      text: s.slice(m.index! + m[0].length, labels[i + 1]?.index ?? s.length),
      role: (/牵头|主责/.test(m[1] ?? m[2]) ? 'lead' : 'member') as UnitRole,
    }));
    const before = s.slice(0, labels[0].index);
    return before ? [{ text: before, role: 'member' }, ...parts] : parts;
  }
  return s.split(/[；;。]/).flatMap((clause) => {
    const at = clause.search(/牵头(?!单位|部门)/);
    if (at < 0) return [{ text: clause, role: 'member' as UnitRole }];
    return [
      { text: clause.slice(0, at).replace(/^由/, ''), role: 'lead' as UnitRole },
      { text: clause.slice(at + 2).replace(/^[，,、]/, ''), role: 'member' as UnitRole },
    ];
  });
}

/**
 * One role part cut into the names it lists, groups kept whole. A role phrase standing alone
 * (「（按职责分工负责）」「，分别负责」) names nobody: it is dropped and added to `dropped`.
 */
function splitNames(part: string, dropped: string[]): string[] {
  let s = part.replace(ROLE_PARENTHESIS, (p) => (dropped.push(p.slice(1, -1)), ''));
  const names: string[] = [];
  const ex = /除.+?外的?[^，,；;]*/.exec(s);
  if (ex) {
    names.push(ex[0].replace(ROLE_TAIL, ''));
    s = s.replace(ex[0], '、');
  }
  s = s.replace(/[(（]单位[)）]/g, '单位').replace(/[(（]([^)）]*)[)）]/g, '、$1、').replace(/部门、单位/g, `部门${KEEP}单位`);
  for (const piece of s.split(/[、，,；;]+/).flatMap((p) => p.split(JOINER))) {
    const name = piece.replace(ROLE_TAIL, '');
    if (piece && !name) dropped.push(piece);
    const open = /^(.+?)(等(?:有关|相关|其他)?(?:部门|单位)+.*)$/.exec(name);
    if (open) names.push(open[1], open[2]);
    else if (name) names.push(name);
  }
  return names.map((n) => n.replaceAll(KEEP, '、'));
}

/** 「各镇、街道」: a bare kind word after a 各-group shares its 各; 「县发改局、教体局」 shares 县. */
function distribute(names: string[]): string[] {
  return names.map((name, i) => {
    const prev = names[i - 1];
    if (prev === undefined) return name;
    if (KIND_WORDS.has(name) && prev.startsWith('各')) return `各${name}`;
    const prefix = /^[县区]/.exec(prev)?.[0];
    const bare = !COUNTY_PREFIX.test(name) && !isGroupName(name) && /(?:局|委|办)$/.test(name);
    return prefix && bare && !isGroupName(prev) ? prefix + name : name;
  });
}

/** A unit cell's units, and the role phrases it dropped because they name nobody. */
export interface UnitCell {
  units: UnitRef[];
  /** 「按职责分工负责」「分别负责」 without brackets, for a note in the preview; empty when none. */
  droppedPhrases: string[];
}

export function parseUnitsCell(text: string): UnitCell {
  const s = flatten(text ?? '');
  const droppedPhrases: string[] = [];
  if (!s) return { units: [], droppedPhrases };
  const byName = new Map<string, UnitRef>();
  for (const { text: part, role } of splitRoles(s)) {
    for (const written of distribute(splitNames(part, droppedPhrases))) {
      const group = isGroupName(written);
      const name = group ? written : canonicalUnitName(written);
      if (!name) continue;
      const seen = byName.get(name);
      if (!seen) byName.set(name, { name, role, group });
      else if (role === 'lead') seen.role = 'lead';
    }
  }
  return { units: [...byName.values()], droppedPhrases };
}

/** The units a responsible-unit cell names, with their roles. */
export const parseUnitsText = (text: string): UnitRef[] => parseUnitsCell(text).units;
