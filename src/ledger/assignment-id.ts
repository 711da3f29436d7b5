// Assignment ids as the store defines them (src/store/schema.ts): `${planId}/${taskId}/${unit}`,
// stable across re-imports, so completion records keyed by them survive edits that keep the pair.
export const assignmentIdFor = (planId: string, taskId: string, unit: string): string => `${planId}/${taskId}/${unit}`;
