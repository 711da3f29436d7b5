// Stored records are frozen once committed. Updates copy only the top-level arrays (cheap even with
// 50,000 assignments), so a mutation that edited a shared record in place would change the committed
// data behind the store's back; frozen records make such an edit throw, and a throw changes nothing.

/** Freezes `value` and everything reachable from it; stops at objects already frozen. */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  for (const child of Object.values(value as object)) deepFreeze(child);
  return Object.freeze(value);
}

/** A copy the mutation may change freely: a new top-level object whose arrays are new arrays of the same records. */
export function workingCopy<T extends object>(data: T): T {
  const copy: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) copy[k] = Array.isArray(v) ? v.slice() : v;
  return copy as T;
}
