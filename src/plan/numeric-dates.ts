// Dates written with digits and separators instead of 年月日: what spreadsheets show and what people
// type into them (「2024-06-30」「2024/6/30」「2023.12.31前」「6/30」), and what the xlsx reader turns a
// real date cell into (ISO 「2024-06-30」, sometimes with a time). Text is NFKC without white space.
// A deadline cell is a date by nature, so it accepts every form; inside a requirement digits mean many
// other things (〔2022〕5号, 12345 热线, IPv6, 版本 2.0), so only a full date followed by 「前」 counts there.

/** 「2024-06-30」「2024/6/30」「2024.6.30」 (one separator throughout), optionally a year and month only. */
const YMD = /(?<![\d.\/])((?:19|20)\d{2})([-/.])(\d{1,2})(?:\2(\d{1,2}))?(?![\d/]|\.\d)/g;
/** 「6/30」「6.30」 in a deadline cell: month and day in the plan's year. */
const MD = /(?<![\d.\/-])(\d{1,2})([/.])(\d{1,2})(?![\d/]|\.\d)/g;
/** A time of day after a date (「2024-06-30 00:00:00」「2024-06-30T00:00:00.000Z」) says nothing more. */
const TIME = /(?<=\d)(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?/g;

/** The text without times of day after dates; run before white space is removed. */
export const withoutTimeOfDay = (text: string): string => text.replace(TIME, '');
/** Inside a requirement: a full numeric date, then 「前」 (之前, 以前) or 「为止」. */
export const NUMERIC_DATE_IN_TEXT = /(?<![\d.\/-])(?:19|20)\d{2}([-/.])\d{1,2}\1\d{1,2}(?![\d/]|\.\d)(?:之?前|以前|为止)/;

/** 「2024.3-6」「2024.3.1-6.30」「2024/3/1至6/30」: the end of the range is in the year written at its start. */
const RANGE = /(?<![\d.\/])((?:19|20)\d{2})([./])(\d{1,2}(?:\2\d{1,2})?)(至|到|[-—–~])(?=\d{1,2}(?:\2\d{1,2})?(?![\d./]))/g;

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Y-M-D when it is a real calendar day; the month's last day when `d` is undefined. */
function validDate(y: number, m: number, d: number | undefined): string | null {
  if (m < 1 || m > 12) return null;
  const day = d ?? lastDay(y, m);
  return day >= 1 && day <= lastDay(y, m) ? `${y}-${pad(m)}-${pad(day)}` : null;
}

/**
 * Every numeric date in `s` (NFKC, no white space). A year and month (「2024.6」) is that month's end;
 * month/day forms need the plan's year and are read only when `monthDay` (deadline cells).
 */
export function numericDates(written: string, planYear: number | null, monthDay: boolean): string[] {
  const text = written.replace(RANGE, '$1$2$3$4$1$2');
  const out: (string | null)[] = [];
  for (const m of text.matchAll(YMD)) out.push(validDate(Number(m[1]), Number(m[3]), m[4] ? Number(m[4]) : undefined));
  if (monthDay && planYear !== null) {
    const withoutYmd = text.replace(YMD, ' ');
    for (const m of withoutYmd.matchAll(MD)) out.push(validDate(planYear, Number(m[1]), Number(m[3])));
  }
  return out.filter((d): d is string => d !== null);
}
