// Understands the deadline texts of a plan: a deadline cell (「2023年年底前完成」「长期坚持」
// 「信息形成或变更之日起20个工作日内公开」「按季度」) or a deadline phrase written inside a requirement
// (「…于7月5日前报县政府办公室备案」). Pure functions; the plan's year fills in dates that omit it.
// Full-width digits are read as digits and Chinese numerals (「十二月底前」「二十个工作日」) as numbers.
import { addDays, weekdayOf } from '../time/china.ts';
import { parseChineseNumeral } from '../text/chinese-numerals.ts';
import { NUMERIC_DATE_IN_TEXT, numericDates, withoutTimeOfDay } from './numeric-dates.ts';
import type { Deadline } from './types.ts';

type Every = Extract<Deadline, { kind: 'periodic' }>['every'];

const CN = '[〇零一二两三四五六七八九十百]';
const NUM = `(?:\\d+|${CN}+)`;
const STOP = '，。；、：,;！!？?';
const YEAR_WRITTEN = `(?:(\\d{4}|[〇零一二三四五六七八九]{4})年|(次年|翌年|明年))`;
const YEAR = `${YEAR_WRITTEN}?`;

// 「信息形成或变更之日起20个工作日内」「于活动开展后5个工作日内」: group 1 is the phrase from the event on.
const RELATIVE = new RegExp(
  `(?:[^${STOP}]*[于自])?在?(([^${STOP}于自]*?)(?:之日起|之日|起|后的|后)(${NUM})个?(工作日|日|天)(?:内|以内))`,
);
const BARE_SPAN = new RegExp(`^(${NUM})个?(工作日|日|天)(?:内|以内)`);
const PERIODIC: [RegExp, Every][] = [
  [/每周|按周|每星期/, 'week'],
  [/每半年|按半年/, 'halfyear'],
  [/每季度?|按季度?|季度(?:公开|更新|发布|报送)/, 'quarter'],
  [/每月|按月|逐月|月度(?:公开|更新|发布|报送)/, 'month'],
  [/每年|按年/, 'year'],
];
const MONTH_DATE = new RegExp(`${YEAR}(${NUM})月(?:(${NUM})[日号]|(底|末|份|上旬|中旬|下旬))?(之?前|以前|为止)?`);
// 「2023年底」 writes 年 once, 「2023年年底」 twice; a bare 「年内」 must not follow a count (「近三年内」).
const NOT_A_COUNT = '(?<![0-9〇零一二两三四五六七八九十几多])';
const YEAR_PART = new RegExp(`(?:${YEAR_WRITTEN}|${NOT_A_COUNT})(年?底|年?末|年?内|上半年|下半年|第?(${NUM})季度)`);
const ONGOING = /长期|持续|及时|即时|常态化|全年|动态(?:更新|调整)|经常性|随时/;

/** 「12」「十二」「二十」「二〇二三」 → number. */
export const chineseToArabic = (s: string): number => (/^\d+$/.test(s) ? Number(s) : parseChineseNumeral(s) ?? 0);

/** NFKC form without white space, with the index in the original text of each kept character. */
function normalizeWithMap(text: string): { text: string; index: number[] } {
  let out = '';
  const index: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i].normalize('NFKC');
    if (/^\s*$/.test(c)) continue;
    out += c;
    for (let k = 0; k < c.length; k++) index.push(i);
  }
  return { text: out, index };
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(Math.min(d, lastDay(y, m)))}`;
const QUARTER_END = ['03-31', '06-30', '09-30', '12-31'];

function yearOf(written: string | undefined, next: string | undefined, planYear: number | null): number | null {
  if (written) return chineseToArabic(written);
  return planYear === null ? null : next ? planYear + 1 : planYear;
}

/**
 * One date-like match → its date, or null when no year is known. A bare month (「2023年6月」) is its
 * month's end in a deadline cell, but names no deadline inside a requirement (「6月份的数据」).
 */
function monthDate(m: RegExpMatchArray, planYear: number | null, bareMonth: boolean): string | null {
  if (!m[4] && !m[5] && !m[6] && !bareMonth) return null;
  const y = yearOf(m[1], m[2], planYear);
  const month = chineseToArabic(m[3]);
  if (y === null || month < 1 || month > 12) return null;
  if (m[4]) return ymd(y, month, chineseToArabic(m[4]));
  if (m[5] === '上旬') return ymd(y, month, 10);
  if (m[5] === '中旬') return ymd(y, month, 20);
  if (m[5] || !m[6]) return ymd(y, month, 31); // 底, 末, 份, 下旬, or a bare month
  return month === 1 ? ymd(y - 1, 12, 31) : ymd(y, month - 1, 31); // 「9月前」: before September begins
}

function yearPartDate(p: RegExpMatchArray, planYear: number | null): string | null {
  if (!p[1] && !p[2] && /^[底末内]/.test(p[3])) return null; // a lone 「底」 is no year's end
  const y = yearOf(p[1], p[2], planYear);
  if (y === null) return null;
  if (p[3] === '上半年') return `${y}-06-30`;
  if (p[4]) {
    const q = chineseToArabic(p[4]);
    return q >= 1 && q <= 4 ? `${y}-${QUARTER_END[q - 1]}` : null;
  }
  return `${y}-12-31`; // 年底, 年末, 年内, 下半年
}

// 「2024年3月-6月」「2024年3月至6月」: the range's end is in the year written at its start.
const RANGE_START = new RegExp(
  `((?:\\d{4}|[〇零一二三四五六七八九]{4})年)(${NUM}月(?:${NUM}[日号])?)(至|到|[-—–~])(?=${NUM}月)`,
  'g',
);
const carryRangeYear = (s: string) => s.replace(RANGE_START, '$1$2$3$1');

/**
 * The date a text names (「6月底前」「三季度末」「2023年年底前」), or null (also when no year is known).
 * When it names several (「6月底前完成初稿，12月底前印发」) the latest is the task's deadline.
 */
function parseDate(text: string, planYear: number | null, bareMonth = false): string | null {
  const s = carryRangeYear(text);
  const dates = [
    ...numericDates(s, planYear, bareMonth),
    ...[...s.matchAll(new RegExp(MONTH_DATE, 'g'))].map((m) => monthDate(m, planYear, bareMonth)),
    ...[...s.matchAll(new RegExp(YEAR_PART, 'g'))].map((m) => yearPartDate(m, planYear)),
  ].filter((d): d is string => d !== null);
  return dates.length ? dates.sort().at(-1)! : null;
}

/**
 * The next due date of a periodic rule on or after China date `today`: 「按月」 the month's end (or
 * its written day, 「每月10日前」), 「按季度」 the quarter's end, 「每半年」 30 June / 31 December,
 * 「每年1月31日前」 that date this year or next, 「每周」 the coming Friday.
 */
export function nextPeriodicDue(every: Every, today: string, text = ''): string {
  const [y, m, d] = today.split('-').map(Number);
  const s = normalizeWithMap(text).text;
  if (every === 'week') {
    return addDays(today, (5 - weekdayOf(today) + 7) % 7);
  }
  if (every === 'month') {
    const day = new RegExp(`每月(${NUM})[日号]`).exec(s);
    const due = day ? chineseToArabic(day[1]) : 31;
    return d <= Math.min(due, lastDay(y, m)) ? ymd(y, m, due) : m === 12 ? ymd(y + 1, 1, due) : ymd(y, m + 1, due);
  }
  if (every === 'quarter') return ymd(y, Math.ceil(m / 3) * 3, 31);
  if (every === 'halfyear') return m <= 6 ? ymd(y, 6, 30) : ymd(y, 12, 31);
  const written = parseDate(s, y) ?? `${y}-12-31`;
  return written >= today ? written : parseDate(s, y + 1) ?? `${y + 1}-12-31`;
}

/**
 * `due` of a periodic rule. With `today` it is the next due date; without, only a yearly rule has one
 * fixed date in the plan's year (「每年1月31日前」): a monthly rule's first date would read as overdue
 * for the rest of the year, so it is left unset and callers roll it with nextPeriodicDue.
 */
function periodicDue(every: Every, s: string, planYear: number | null, today?: string): string | undefined {
  if (today) return nextPeriodicDue(every, today, s);
  if (every !== 'year' || planYear === null) return undefined;
  return parseDate(s, planYear) ?? `${planYear}-12-31`;
}

function parseNormalized(s: string, year: number | null, today?: string): Deadline {
  if (!s) return { kind: 'none' };
  const rel = RELATIVE.exec(s);
  if (rel) return { kind: 'relative', event: rel[2], days: chineseToArabic(rel[3]), workingDays: rel[4] === '工作日' };
  const span = BARE_SPAN.exec(s); // 「20个工作日内」 with the event left unsaid
  if (span) return { kind: 'relative', event: '', days: chineseToArabic(span[1]), workingDays: span[2] === '工作日' };
  for (const [re, every] of PERIODIC) {
    if (!re.test(s)) continue;
    const due = periodicDue(every, s, year, today);
    return due ? { kind: 'periodic', every, due } : { kind: 'periodic', every };
  }
  const date = parseDate(s, year, true);
  if (date) return { kind: 'date', date };
  return ONGOING.test(s) ? { kind: 'ongoing' } : { kind: 'none' };
}

/**
 * A deadline cell's text → its Deadline. `year` is the plan's year, used when the text omits one;
 * `today` (China date, optional) lets a periodic rule carry its next due date.
 */
export function parseDeadline(text: string, year: number | null, today?: string): Deadline {
  return parseNormalized(normalizeWithMap(withoutTimeOfDay(text ?? '')).text, year, today);
}

// Deadline phrases inside a requirement, most specific first; each match is re-read by parseDeadline.
const FIND_PATTERNS: RegExp[] = [
  RELATIVE,
  new RegExp(`每年${NUM}月${NUM}[日号]之?前|每(?:月|季度?|半年)${NUM}[日号]之?前`),
  new RegExp(`${YEAR}${NUM}月(?:${NUM}[日号]|底|末|份|上旬|中旬|下旬)?(?:之?前|以前|为止)`),
  new RegExp(
    `(?:${YEAR_WRITTEN}|${NOT_A_COUNT})(?:年底|年末|上半年|下半年|第?${NUM}季度末?)(?:之?前|以前)?` +
      `|${YEAR_WRITTEN}(?:底|末)(?:之?前|以前)?|\\d{4}年内|${NOT_A_COUNT}年内`,
  ),
  NUMERIC_DATE_IN_TEXT,
  new RegExp(PERIODIC.map(([re]) => re.source).join('|')),
  // 「常态化」 only as a way of working (常态化开展), not 「疫情防控常态化下」.
  /长期坚持|持续推进|常态化(?:开展|推进|公开|发布|更新)|[及即]时公开|[及即]时发布/,
];

/**
 * The deadline phrase written inside a requirement (for tables without a deadline column), exactly
 * as it appears in the text, with its Deadline; null when the text states none.
 */
export function findDeadlineInText(
  text: string,
  year: number | null,
  today?: string,
): { text: string; deadline: Deadline } | null {
  const { text: s, index } = normalizeWithMap(text ?? '');
  for (const re of FIND_PATTERNS) {
    const m = re.exec(s);
    if (!m) continue;
    const start = re === RELATIVE ? m.index + m[0].length - m[1].length : m.index;
    const phrase = text.slice(index[start], index[m.index + m[0].length - 1] + 1);
    const deadline = parseDeadline(phrase, year, today);
    if (deadline.kind !== 'none') return { text: phrase, deadline };
  }
  return null;
}
