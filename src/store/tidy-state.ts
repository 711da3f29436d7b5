// Processed message ids exist to answer WeCom's retries (seconds to minutes apart) and retries across a
// restart. Kept bounded: each entry holds the reply text. Since state writes go to the journal the file
// write no longer grows with them, but each update still copies the list (./working-copy.ts) and each
// compaction rewrites it: with 20,000 entries (and 20,000 reports) an update took 2.7 ms p50 against
// 1.7 ms with 2,000 (sequential updates, 2026-11-26), so the cap stays at 2 days / 2,000.
import type { StateData } from './schema.ts';
import { edit } from './working-copy.ts';

export const PROCESSED_MAX_AGE_MS = 2 * 24 * 3600_000;
export const PROCESSED_MAX_ENTRIES = 2_000;

export function capProcessed(data: StateData, now: Date, maxEntries = PROCESSED_MAX_ENTRIES): void {
  const oldest = now.getTime() - PROCESSED_MAX_AGE_MS;
  const list = edit(data, 'processed');
  if (list.length <= maxEntries && (list.length === 0 || Date.parse(list.at(0)!.at) >= oldest)) return;
  let start = Math.max(0, list.length - maxEntries);
  while (start < list.length && Date.parse(list.at(start)!.at) < oldest) start++;
  list.dropHead(start);
}
