// Spellings of the same county department, as data. Each entry maps the tail of a name (after the
// county prefix 县/区/市…) to the spelling the seed plans use most, so that 县卫健局 and 县卫生健康局,
// 县教体局 and 县教育和体育局, 县执法局 / 县综合执法局 / 县综合行政执法局 are one unit each. It agrees with
// the ALIASES list the plan scorer treats as equal. Add a row here when a new plan abbreviates
// differently; longer tails come first so that the most specific one wins.
import { ROLE_TAIL } from './role-words.ts';

export const ALIASES: ReadonlyArray<readonly [from: string, to: string]> = [
  ['卫生和健康局', '卫生健康局'],
  ['卫健局', '卫生健康局'],
  ['卫健委', '卫生健康局'],
  ['教育体育局', '教育和体育局'],
  ['教育和体育', '教育和体育局'],
  ['教体局', '教育和体育局'],
  ['教育局', '教育和体育局'],
  ['人力资源和社会保障局', '人力资源社会保障局'],
  ['人社局', '人力资源社会保障局'],
  ['住房和城乡建设局', '住房城乡建设局'],
  ['住建局', '住房城乡建设局'],
  ['发展和改革局', '发展改革局'],
  ['发展改革委', '发展改革局'],
  ['发展和改革委员会', '发展改革局'],
  ['发改委', '发展改革局'],
  ['发改局', '发展改革局'],
  ['交通局', '交通运输局'],
  ['应急管理局', '应急局'],
  ['文化旅游局', '文化和旅游局'],
  ['文旅局', '文化和旅游局'],
  ['工信局', '工业和信息化局'],
  ['行政审批局', '行政审批服务局'],
  ['审批局', '行政审批服务局'],
  ['综合执法局', '综合行政执法局'],
  ['执法局', '综合行政执法局'],
  ['退役军人局', '退役军人事务局'],
  ['市场监督管理局', '市场监管局'],
  ['医保局', '医疗保障局'],
  ['自然资源和规划局', '自然资源局'],
  ['资规局', '自然资源局'],
  ['农业局', '农业农村局'],
  ['人民政府办公室', '政府办公室'],
  ['政府办', '政府办公室'],
  ['残疾人联合会', '残联'],
];

/** Prefixes that name the county-level government a unit belongs to. */
export const COUNTY_PREFIX = /^(?:县|区|市|旗|自治县)/;


/** A unit name in its canonical spelling: NFKC, no white space or role words, abbreviations expanded. */
export function canonicalUnitName(raw: string): string {
  // Words a unit cell adds after a name to say its role (牵头, 按职责分工负责) are not part of the name.
  let name = raw.normalize('NFKC').replace(/\s+/g, '').replace(/牵头$/, '').replace(ROLE_TAIL, '');
  name = name.replace(/街道办(?:事处)?$/, '街道').replace(/([镇乡])人民政府$/, '$1').replace(/(开发区)管委会$/, '$1');
  for (const [from, to] of ALIASES) {
    if (name.endsWith(from) && !name.endsWith(to)) return name.slice(0, -from.length) + to;
    if (name.endsWith(to)) return name;
  }
  return name;
}

/** The other spellings of a canonical name that mean the same unit (for the directory's aliases). */
export function knownAliases(canonical: string): string[] {
  const prefix = COUNTY_PREFIX.exec(canonical)?.[0] ?? '';
  const out = new Set<string>();
  for (const [from, to] of ALIASES) {
    if (from === to || !canonical.endsWith(to)) continue;
    const head = canonical.slice(0, -to.length);
    if (head === prefix) out.add(head + from);
  }
  return [...out];
}
