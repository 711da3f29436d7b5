// A unit cell written one unit per line or paragraph (「县司法局（牵头）」「县财政局」「县审计局」) must not
// run the names together, while a name wrapped mid-word (「县发展改\n革局」) must join again.
import { ROLE_MARK_SOURCE } from './role-words.ts';

/**
 * How a complete unit name ends, a role mark included (「县司法局（牵头）」); white space after one
 * separates names, elsewhere it is a wrap.
 */
export const NAME_END = new RegExp(
  `(?:局|办|委|中心|室|院|会|政府|处|街道|镇|区|队|所|公司|社|联|部门|单位|主体|园|部|站|牵头|${ROLE_MARK_SOURCE})$`,
);

/**
 * The cell on one line, characters otherwise as written: white space between two complete names
 * becomes 「、」, any other white space is dropped. 「县商务局\n县文化和旅游局」 → 「县商务局、县文化和旅游局」.
 * Meant for unitsText too, so previews and replies show the units apart.
 */
export function separateUnitLines(raw: string): string {
  const pieces = (raw ?? '').split(/\s+/).filter(Boolean);
  return pieces.reduce((acc, piece) => {
    const separate = NAME_END.test(acc) && !/^.{0,4}分(?:局|中心)/.test(piece) && !/^[、，,；;。]/.test(piece);
    return acc + (separate ? '、' : '') + piece;
  }, '');
}
