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

/** Whole days from China date `from` to China date `to` (YYYY-MM-DD each); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const a = Date.UTC(+from.slice(0, 4), +from.slice(5, 7) - 1, +from.slice(8, 10));
  const b = Date.UTC(+to.slice(0, 4), +to.slice(5, 7) - 1, +to.slice(8, 10));
  return Math.round((b - a) / 86_400_000);
}

/** The instant at which a China wall-clock date and time occurs. */
export const chinaInstant = (date: string, time = '00:00'): Date => dayjs.tz(`${date} ${time}`, CHINA_TZ).toDate();
