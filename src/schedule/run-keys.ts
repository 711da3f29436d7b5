// Keys that name one period's run in state.runs: a weekly summary per ISO week, a reminder per day,
// both on the China calendar whatever the server's zone.
import { chinaDate } from '../time/china.ts';

/** ISO-8601 week of a China date: 'YYYY-Www'. */
export function isoWeek(date: string): string {
  const d = new Date(Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)));
  const weekday = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - weekday); // the Thursday of this week decides the year
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export const weeklyKey = (at: Date) => `weekly:${isoWeek(chinaDate(at))}`;
export const reminderKey = (at: Date) => `reminder:${chinaDate(at)}`;
