// What each data file holds when it does not exist yet, and the shape check made when it is read.
import type { PlansData, StateData } from './schema.ts';
import type { UnitDirectory } from '../units/types.ts';

export const emptyPlans = (): PlansData => ({ version: 1, plans: [], assignments: [], nextTaskNumber: 1 });
export const emptyState = (): StateData => ({ version: 1, reports: [], bindings: [], leaders: [], processed: [], runs: [] });
export const emptyDirectory = (): UnitDirectory => ({ version: 1, units: [] });

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
