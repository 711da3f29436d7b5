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
