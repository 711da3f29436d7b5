// Working days on the Chinese calendar: weekends off, public holidays off, make-up Saturdays/Sundays
// (调休上班) on. The holiday and make-up tables come from the maintained `chinese-days` package.
//
// We read its published data table rather than calling its date functions: those parse 'YYYY-MM-DD'
// as UTC but take the weekday in the server's local zone, so on a server west of UTC (tests run in
// America/New_York) they call a make-up Sunday a rest day. Dates here are plain China calendar
// dates; weekdays are computed in UTC arithmetic, so the server zone never matters.
//
// Years the package has no data for (before its first or after its last listed year; 2004–2026 in
// chinese-days 1.5.7) fall back to Monday–Friday with no holidays. `hasHolidayData(year)` tells
// callers when that happens so they can warn; updating the package adds the new year.
import { createRequire } from 'node:module';
import { addDays, daysBetween, weekdayOf } from './china.ts';

interface HolidayTable {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

const table = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as HolidayTable;

const yearsCovered = new Set(
  [...Object.keys(table.holidays), ...Object.keys(table.workdays)].map((d) => Number(d.slice(0, 4))),
);

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkDate(date: string): void {
  if (!DATE.test(date)) throw new Error(`not a YYYY-MM-DD date: ${date}`);
}

/** True when the package lists this year's holidays; otherwise only weekends count as rest days. */
export const hasHolidayData = (year: number): boolean => yearsCovered.has(year);

/** Whether a China calendar date (YYYY-MM-DD) is a working day. */
export function isWorkingDay(date: string): boolean {
  checkDate(date);
  const weekday = weekdayOf(date);
  if (table.workdays[date]) return true;
  if (table.holidays[date]) return false;
  return weekday !== 0 && weekday !== 6;
}

/**
 * The date `n` working days after `date` (before it when n < 0), not counting `date` itself:
 * 「之日起20个工作日内」 from 2025-09-26 is addWorkingDays('2025-09-26', 20). n = 0 returns `date`.
 */
export function addWorkingDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new Error(`working-day count must be an integer: ${n}`);
  checkDate(date);
  const step = n < 0 ? -1 : 1;
  let day = date;
  for (let left = Math.abs(n); left > 0; ) {
    day = addDays(day, step);
    if (isWorkingDay(day)) left--;
  }
  return day;
}

/**
 * Working days after `a` up to and including `b` (negative when b is before a), so that
 * addWorkingDays(a, workingDaysBetween(a, b)) is b whenever b is a working day.
 */
export function workingDaysBetween(a: string, b: string): number {
  checkDate(a);
  checkDate(b);
  const [lo, days, sign] = a <= b ? [a, daysBetween(a, b), 1] : [b, daysBetween(b, a), -1];
  let count = 0;
  for (let i = 1; i <= days; i++) if (isWorkingDay(addDays(lo, i))) count++;
  return sign * count;
}
