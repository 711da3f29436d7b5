// Splits a responsible-unit cell into units and groups with their roles:
//   「县发改局、县教体局」                         → two members, abbreviations expanded
//   「各镇、街道、经济开发区，县直各部门、单位」     → 各镇, 各街道 (shared 各), 经济开发区, one 县直 group
//   「县司法局牵头，各行政执法主体具体落实」         → lead 县司法局, member group 各行政执法主体
//   「牵头单位：X、Y；配合单位：Z」                 → leads X, Y; member Z
//   「除X、Y外的部门、单位」「X等有关部门」          → an exclusion group; X plus an open group
// Roles are 'lead' only where the cell names a 牵头 unit; otherwise every unit is a member.
import type { UnitRef, UnitRole } from '../plan/types.ts';
import { canonicalUnitName, COUNTY_PREFIX } from './aliases.ts';
import { isGroupName } from './groups.ts';

/** How a complete unit name ends; a line break after one separates names, elsewhere it is a wrap. */
const NAME_END = /(?:局|办|委|中心|室|院|会|政府|处|街道|镇|区|队|所|公司|社|联|部门|单位|主体|园|部|站)$/;
const JOINER = /(?<=(?:局|办|委|中心|室|政府|办事处|街道|镇|部门|单位|主体|公司))(?:以及|和|及|与)/;
const ROLE_WORDS = /(?:具体落实|负责落实|配合|落实|参与|协助|负责)$/;
const LABEL = /((?:牵头|主责|主办|责任|配合|协办|参与)(?:单位|部门))[:：]/g;
const MARK = /[(（](牵头|配合)(?:单位|部门)?[)）]/; // 「县财政局（牵头）、县审计局」
const KIND_WORDS = new Set(['镇', '乡镇', '街道', '街道办事处', '办事处', '镇办', '镇人民政府', '部门', '单位']);
// Names run together once white space was stripped: 「县财政局县审计局」.
const GLUED = /(局|办公室|办|委|中心)(?=[县区](?!政府|域|级)[^、，,；;]{2,})/g;
const KEEP = '\u0001'; // stands for the 、 inside 「部门、单位」 while splitting

/**
 * NFKC text on one line: white space between two complete names becomes 、, any other is dropped, and
 * names run together (「县财政局县审计局」) are separated.
 */
function flatten(text: string): string {
  const pieces = text.normalize('NFKC').split(/\s+/).filter(Boolean);
  return pieces.reduce((acc, piece) => {
    const separate = NAME_END.test(acc) && !/^.{0,4}分(?:局|中心)/.test(piece) && !/^[、，,；;]/.test(piece);
    return acc + (separate ? '、' : '') + piece;
  }, '').replace(GLUED, '$1、');
}

/** The cell cut into parts by role: labelled (牵头单位：) or inline (X牵头，Y配合). */
function splitRoles(s: string): { text: string; role: UnitRole }[] {
  if (MARK.test(s)) {
    return s.split(/[、，,；;]/).map((item) => ({
      text: item.replace(new RegExp(MARK, 'g'), ''),
      role: (MARK.exec(item)?.[1] === '牵头' ? 'lead' : 'member') as UnitRole,
    }));
  }
  const labels = [...s.matchAll(LABEL)];
  if (labels.length) {
    const parts = labels.map((m, i) => ({
      text: s.slice(m.index! + m[0].length, labels[i + 1]?.index ?? s.length),
      role: (/牵头|主责/.test(m[1]) ? 'lead' : 'member') as UnitRole,
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

/** One role part cut into the names it lists, groups kept whole. */
function splitNames(part: string): string[] {
  let s = part.replace(ROLE_WORDS, '');
  const names: string[] = [];
  const ex = /除.+?外的?[^，,；;]*/.exec(s);
  if (ex) {
    names.push(ex[0].replace(ROLE_WORDS, ''));
    s = s.replace(ex[0], '、');
  }
  s = s.replace(/[(（]单位[)）]/g, '单位').replace(/[(（]([^)）]*)[)）]/g, '、$1、').replace(/部门、单位/g, `部门${KEEP}单位`);
  for (const piece of s.split(/[、，,；;]+/).flatMap((p) => p.split(JOINER))) {
    const name = piece.replace(ROLE_WORDS, '');
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

export function parseUnitsText(text: string): UnitRef[] {
  const s = flatten(text ?? '');
  if (!s) return [];
  const byName = new Map<string, UnitRef>();
  for (const { text: part, role } of splitRoles(s)) {
    for (const written of distribute(splitNames(part))) {
      const group = isGroupName(written);
      const name = group ? written : canonicalUnitName(written);
      if (!name) continue;
      const seen = byName.get(name);
      if (!seen) byName.set(name, { name, role, group });
      else if (role === 'lead') seen.role = 'lead';
    }
  }
  return [...byName.values()];
}
