// Chinese numerals as liaisons type them (十二, 二十三, 一百零五, 两百) → numbers.
const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export const CHINESE_NUMERAL = '[零〇一二两三四五六七八九十百千]';

/** The value of a numeral such as 十二 or 一百零五, or null when it is not one. */
export function parseChineseNumeral(text: string): number | null {
  if (!new RegExp(`^${CHINESE_NUMERAL}+$`).test(text)) return null;
  // Plain digit strings (一二三 as 123) are read digit by digit.
  if (![...text].some((c) => c in UNITS)) return Number([...text].map((c) => DIGITS[c]).join(''));
  let total = 0;
  let digit: number | null = null;
  for (const c of text) {
    if (c in DIGITS) digit = DIGITS[c]!;
    else {
      total += (digit ?? 1) * UNITS[c]!;
      digit = null;
    }
  }
  return total + (digit ?? 0);
}
