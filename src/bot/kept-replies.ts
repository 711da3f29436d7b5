// Replies built from one unit's or one task's reports, kept until those reports change: a stamp from
// progress/done-tally.ts says whether they did. Keyed by the day's agenda, so new plans or a new day
// start afresh; a null stamp (data that is not the latest counted) always builds anew.
import type { Agenda } from '../progress/agenda.ts';

export type KeptReplies<K, V> = (agenda: Agenda, key: K, stamp: string | null, build: () => V) => V;

export function createKeptReplies<K, V>(): KeptReplies<K, V> {
  const kept = new WeakMap<Agenda, Map<K, { stamp: string; value: V }>>();
  return (agenda, key, stamp, build) => {
    let byKey = kept.get(agenda);
    const hit = byKey?.get(key);
    if (stamp !== null && hit?.stamp === stamp) return hit.value;
    const value = build();
    if (stamp !== null) {
      if (!byKey) kept.set(agenda, (byKey = new Map()));
      byKey.set(key, { stamp, value });
    }
    return value;
  };
}
