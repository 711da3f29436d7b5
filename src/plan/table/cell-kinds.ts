// Guesses what a cell holds from its text alone. Used only to repair rows whose cells drifted
// between columns (PDF and text exports), never to override a row that reads well by position.
import { normalizeUnitsText } from './normalize.ts';

// Endings of unit names (departments, towns, companies) and of group phrases (各部门、有关单位).
const UNIT_ENDING =
  /(局|委|办|办公室|政府|人民政府|办事处|管委会|委员会|单位|部门|中心|公司|集团|分局|街道|镇|乡|开发区|园区|新区|法院|检察院|医院|学校|银行|支队|大队|总队|派出所|司法所|事务所|科室|处室|科|处|室|股|站|队|馆|院|社|会|联|部|厅|署|台|所|主体|机关|机构|组织|企业|街镇|镇办|镇街|各级|有关方面)$/;
const NOT_UNIT_ENDING = /(网站|平台|场所|会议|座谈会|听证会|发布会|推介会|专区|社会|机制|体系|标准|内容|目录|清单|工作|信息|情况|指标)$/;
const ROLE_WORDS = /(牵头|配合|参与|负责|协助|协办|主办|具体落实|落实|按职责分工负责|分别负责|等)+$/;
const LABELS = /^(牵头单位|责任单位|配合单位|协办单位|主办单位|责任部门|责任科室|评估对象)[:：]?/;
const PART_SEPARATORS = /[、，,；;。：:/／\s]+/;
const MAX_UNIT_NAME = 30;

function isUnitName(part: string): boolean {
  const name = bareName(part.replace(/[（(][^）)]*[）)]$/, ''));
  if (!name || name.length > MAX_UNIT_NAME) return false;
  if (/^各.{0,4}[县区市]$/.test(name)) return true; // 各区县、各县市区: the towns and districts of a city plan
  return UNIT_ENDING.test(name) && !NOT_UNIT_ENDING.test(name);
}

/** Share of the text's comma-separated parts that are unit names or group phrases (0 for no text). */
export function unitShare(text: string): number {
  const known = shareCache.get(text);
  if (known !== undefined) return known;
  if (shareCache.size > CACHE_LIMIT) shareCache.clear();
  const share = computeUnitShare(text);
  shareCache.set(text, share);
  return share;
}

// Unit cells repeat down a table (merged cells, the same 各部门 list); remember recent answers.
const shareCache = new Map<string, number>();
const CACHE_LIMIT = 5000;

const bareName = (part: string) => part.replace(LABELS, '').replace(ROLE_WORDS, '');

function computeUnitShare(text: string): number {
  // Labels and role words on their own (「牵头：」「配合单位：」) say nothing either way.
  const parts = normalizeUnitsText(text).split(PART_SEPARATORS).filter((p) => bareName(p) && !/^(牵头|配合|责任)单位$/.test(p));
  return parts.length ? parts.filter(isUnitName).length / parts.length : 0;
}

/** True when the text reads as a list of responsible units rather than a task or requirement. */
export const looksLikeUnits = (text: string): boolean => unitShare(text) >= 0.75;

/** True when text found in a unit column could be units (lenient: long names, odd wording). */
export const couldBeUnits = (text: string): boolean => unitShare(text) >= 0.5;

const SENTENCE_PUNCTUATION = /[，。；：！？,;:!?]/;
const LONG_TEXT = 30;

/** True when the text is a sentence (a requirement), not a short heading such as a category. */
export const looksLikeSentence = (text: string): boolean => text.length > LONG_TEXT || SENTENCE_PUNCTUATION.test(text);

/** True for 序号 cells: 「1」「12」「一」「(3)」「1.」. */
export const looksLikeNumber = (text: string): boolean => /^[（(]?[0-9一二三四五六七八九十百]{1,4}[)）.．、]?$/.test(text.trim());

const LONG_CATEGORY = 40;

/** True when the text cannot be a category heading: long, or more than one clause. */
export const tooLongForCategory = (text: string): boolean =>
  text.length > LONG_CATEGORY || /[。；;！？!?]/.test(text) || (/[，,：:]/.test(text) && text.length > LONG_TEXT);

const DEADLINE_WORDS = /(\d{4}\s*年|\d{1,2}\s*月|年底|年内|底前|日前|之前|长期|持续|常态|每年|每季|每月|每周|按年|按季|按月|按周|工作日|之日起|及时|适时)/;

/** True for a short text that reads as a time limit (「2023年6月底前」「长期坚持」「每季度」). */
export const looksLikeDeadline = (text: string): boolean => text.length <= 24 && DEADLINE_WORDS.test(text) && !/[，。；]/.test(text);
