// Dates are China time (Asia/Shanghai) whatever the server's zone. Every function takes the instant
// it works on as a parameter; callers get "now" from an injectable clock.
import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import timezone from 'dayjs/plugin/timezone.js';

dayjs.extend(utc);
dayjs.extend(timezone);

export const CHINA_TZ = 'Asia/Shanghai';

export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

/** The instant seen on a Beijing wall clock. */
export const inChina = (at: Date | string | number): Dayjs => dayjs(at).tz(CHINA_TZ);

/** The China calendar date of an instant, as YYYY-MM-DD. */
export const chinaDate = (at: Date): string => inChina(at).format('YYYY-MM-DD');

const utcMsOf = (date: string): number => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10));

/** Whole days from China date `from` to China date `to` (YYYY-MM-DD each); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMsOf(to) - utcMsOf(from)) / 86_400_000);
}

/** The China date `days` calendar days after `date` (YYYY-MM-DD; before it when negative). */
export const addDays = (date: string, days: number): string => new Date(utcMsOf(date) + days * 86_400_000).toISOString().slice(0, 10);

/** The weekday of a China date: 0 for Sunday to 6 for Saturday. */
export const weekdayOf = (date: string): number => new Date(utcMsOf(date)).getUTCDay();

/** Days from a China date to the Sunday that ends its week (Chinese weeks end on Sunday; 0 on a Sunday). */
export const daysToSunday = (date: string): number => (7 - weekdayOf(date)) % 7;

/** The instant at which a China wall-clock date and time occurs. */
export const chinaInstant = (date: string, time = '00:00'): Date => dayjs.tz(`${date} ${time}`, CHINA_TZ).toDate();
