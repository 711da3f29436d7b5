// Figures over the whole store (progress, overdue) are computed once per version of the data and
// day: the store replaces plans/state objects on every write, so their identities are the cache key.
const cache = new WeakMap<object, WeakMap<object, Map<string, unknown>>>();

export function memoByData<T>(plans: object, state: object, key: string, compute: () => T): T {
  let byState = cache.get(plans);
  if (!byState) cache.set(plans, (byState = new WeakMap()));
  let byKey = byState.get(state);
  if (!byKey) byState.set(state, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, compute());
  return byKey.get(key) as T;
}
