// What each data file holds when it does not exist yet, and the shape check made when it is read.
import type { PlansData, StateData } from './schema.ts';
import type { UnitDirectory } from '../units/types.ts';

export const emptyPlans = (): PlansData => ({ version: 1, plans: [], assignments: [], nextTaskNumber: 1 });
export const emptyState = (): StateData => ({ version: 1, reports: [], bindings: [], leaders: [], processed: [], runs: [] });
export const emptyDirectory = (): UnitDirectory => ({ version: 1, units: [] });

/** The collections of StateData whose elements are arrays, and the field that names each record. */
type Collections<T> = { [K in keyof T as T[K] extends unknown[] ? K : never]: T[K] };

/**
 * How the state journal (./state-journal.ts) names a record of each collection: the field holding its
 * key, or null when the element is the key itself (a leader's user id). A record replaced in a mutation
 * is journalled as an upsert of its key, one that disappeared as a removal of its key.
 */
export const stateKeys: { readonly [K in keyof Collections<StateData>]: string | null } = {
  reports: 'assignmentId',
  bindings: 'userId',
  leaders: null,
  processed: 'key',
  runs: 'key',
};

/** The check made when a data file is read: its version, and the arrays a file of its kind must have. */
export function shapeCheck(arrays: string[]): (data: unknown) => string | null {
  return (data) => {
    if (data === null || typeof data !== 'object' || Array.isArray(data)) return '不是 JSON 对象';
    const rec = data as Record<string, unknown>;
    if (rec.version !== 1) return `version 应为 1，实际为 ${JSON.stringify(rec.version)}`;
    const missing = arrays.filter((k) => !Array.isArray(rec[k]));
    return missing.length ? `缺少数组字段 ${missing.join('、')}` : null;
  };
}
