// Excel stores dates as serial day numbers; whether a number is a date is decided by its format.

// Built-in formats that show dates: 14–22 everywhere, 27–36 and 50–58 in Chinese/Japanese locales.
const BUILTIN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A custom format is a date format when, outside quotes and [colour/locale] brackets, it uses y, m or d. */
export function isDateFormat(numFmtId: number, custom: Map<number, string>): boolean {
  if (BUILTIN_DATE_IDS.has(numFmtId)) return true;
  const code = custom.get(numFmtId);
  if (!code) return false;
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[ymd]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Serial day → YYYY-MM-DD. The 1900 system counts from 1899-12-30 (Excel's phantom 1900-02-29 included). */
export function serialToDate(serial: number, date1904: boolean): string {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const d = new Date(epoch + Math.floor(serial) * 86_400_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

// Built-in date formats that Chinese Excel and WPS display with 年/月/日 (zh-CN locale).
// Id 14, the short date (stored by exceljs as mm-dd-yy), shows as 2024/6/30 on a Chinese system.
const SHORT_DATE = 'yyyy/m/d';
const BUILTIN_CHINESE_CODES: Record<number, string> = { 14: SHORT_DATE, 27: 'yyyy"年"m"月"', 28: 'm"月"d"日"', 31: 'yyyy"年"m"月"d"日"', 57: 'yyyy"年"m"月"', 58: 'm"月"d"日"' };

/** The format code of a date style: the custom code, or the Chinese reading of a built-in id ('' if none). */
export const dateFormatCode = (numFmtId: number, custom: Map<number, string>): string => custom.get(numFmtId) ?? BUILTIN_CHINESE_CODES[numFmtId] ?? '';

const DATE_TOKEN = /"([^"]*)"|\\(.)|\[[^\]]*\]|(yyyy|yy|e|mmmm+|mmm|mm|m|dddd|ddd|dd|d|aaaa|aaa|[hHsS]+|AM\/PM|[:@_*])/g;

/**
 * A date the way a Chinese format shows it: 「yyyy"年"m"月"d"日"」 → 「2024年6月30日」, the short date
 * → 「2024/6/30」. Other formats without 年/月/日 (custom m/d/yy and the like) give null, and the
 * caller keeps the unambiguous YYYY-MM-DD.
 */
export function formatChineseDate(isoDate: string, code: string): string | null {
  const section = code === 'mm-dd-yy' ? SHORT_DATE : code.split(';')[0];
  if (!/[年月日]/.test(section) && section !== SHORT_DATE) return null;
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return null;
  const pad2 = (n: number) => String(n).padStart(2, '0');
  // A time part (h:mm, AM/PM) ends the date: a due date has none, and its mm would read as a month.
  let inTime = false;
  const out = section.replace(DATE_TOKEN, (_all, quoted?: string, escaped?: string, token?: string) => {
    if (token && /^[hHsS]|AM/.test(token)) inTime = true;
    if (inTime) return '';
    if (quoted !== undefined) return quoted;
    if (escaped !== undefined) return escaped;
    switch (token) {
      case 'yyyy':
      case 'e':
        return String(y);
      case 'yy':
        return pad2(y % 100);
      case 'mm':
        return pad2(m);
      case 'm':
        return String(m);
      case 'dd':
        return pad2(d);
      case 'd':
        return String(d);
      default:
        return ''; // weekday names, times, brackets and fill characters: not part of a due date
    }
  });
  return out.trim() || null;
}
