// Small wording helpers shared by the summary and the reminder.
export const percent = (rate: number, digits = 1) => `${(rate * 100).toFixed(digits)}%`;

/** 「11月30日」 from YYYY-MM-DD. */
export const monthDay = (date: string) => `${+date.slice(5, 7)}月${+date.slice(8, 10)}日`;

/** 「2026年11月30日」 from YYYY-MM-DD. */
export const fullDate = (date: string) => `${date.slice(0, 4)}年${monthDay(date)}`;

/** Change in percentage points, signed: 「+5.3个百分点」, 「持平」. */
export function pointsChange(now: number, before: number): string {
  const pts = Math.round((now - before) * 1000) / 10;
  if (pts === 0) return '持平';
  return `${pts > 0 ? '+' : ''}${pts.toFixed(1)}个百分点`;
}

/** First `max` items joined with 、, then 「等N项」 so one line stays short on a phone. */
export function joinCapped(items: string[], max: number, unit = '项'): string {
  if (items.length <= max) return items.join('、');
  return `${items.slice(0, max).join('、')}等${items.length}${unit}`;
}

/** Shortens a requirement to about `max` characters for a one-line mention. */
export function shorten(text: string, max = 18): string {
  const flat = text.replace(/\s+/g, '');
  const chars = [...flat];
  return chars.length <= max ? flat : `${chars.slice(0, max).join('')}…`;
}

/** Groups items by a key, keeping first-seen order of keys. */
export function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = out.get(k);
    if (list) list.push(it);
    else out.set(k, [it]);
  }
  return out;
}
