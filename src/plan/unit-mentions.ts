// Finds the units a sentence makes responsible: 「县司法局要……」「各镇办、各部门要……」. A unit counts
// when it acts (followed by 要/负责/牵头/、…), not when it is only an object (「报县政府办公室备案」).

const GROUP = String.raw`各镇(?:人民政府|街道|办|街)?|各街道(?:办事处)?|各乡镇|各开发区|各园区|[县区市]直各部门(?:单位)?|[县区市]政府(?:各|有关)部门|各(?:有关)?部门(?:单位)?|各(?:有关)?单位|各级各部门(?:单位)?|各级各类?|各行业主管部门|各承办单位|政策制定机关|有关部门(?:单位)?`;
// 「各镇、街道」「各镇、街道、经济开发区」: the 各 is not repeated after the first.
const LISTED = String.raw`(?<=、)(?:街道(?:办事处)?|(?:经济)?开发区(?:管委会)?|镇办|部门(?:单位)?|单位)`;
const NAMED = String.raw`[县区市][\u4e00-\u9fa5]{1,12}?(?:办公室|管委会|委员会|分局|局|委|办|中心|院|公司|集团|部|所|站|队|馆|社)`;
const ACTING = String.raw`(?=要|应|须|需|负责|牵头|会同|等|、|，|,|和|及|配合|分别|共同|按照|对照|结合|加强|做好|做到|进一步|持续|继续)`;
const MENTION = new RegExp(`(?:${GROUP}|${LISTED}|${NAMED})${ACTING}`, 'gu');

/** The acting units named in a text, in order of first mention, as one 「、」-separated units text. */
export function findActingUnits(text: string): string {
  const found: string[] = [];
  let out = '';
  for (const match of text.matchAll(MENTION)) {
    const name = match[0];
    if (found.includes(name)) continue;
    // 「由县司法局牵头，各部门配合」: the role words stay, so the lead unit is known.
    const role = text.slice((match.index ?? 0) + name.length).match(/^(牵头|配合)/)?.[1] ?? '';
    out += (found.length ? (out.endsWith('牵头') || out.endsWith('配合') ? '，' : '、') : '') + name + role;
    found.push(name);
  }
  return out;
}
