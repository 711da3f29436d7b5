// Processed message ids exist to answer WeCom's retries (seconds to minutes apart) and retries across a
// restart. Kept bounded so state.json, rewritten on every report, stays small: each entry holds the
// reply text, and 5,000 of them made every report's write cost ~35 ms (npm run bench:import).
import type { StateData } from './schema.ts';

export const PROCESSED_MAX_AGE_MS = 2 * 24 * 3600_000;
export const PROCESSED_MAX_ENTRIES = 2_000;

export function capProcessed(data: StateData, now: Date, maxEntries = PROCESSED_MAX_ENTRIES): void {
  const oldest = now.getTime() - PROCESSED_MAX_AGE_MS;
  const list = data.processed;
  if (list.length <= maxEntries && (list.length === 0 || Date.parse(list[0].at) >= oldest)) return;
  let start = Math.max(0, list.length - maxEntries);
  while (start < list.length && Date.parse(list[start].at) < oldest) start++;
  data.processed = list.slice(start);
}
