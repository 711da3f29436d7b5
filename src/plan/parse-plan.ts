// Stub: turns a read document into the task table. Being written.
import type { PlanSource } from './source.ts';
import type { Plan } from './types.ts';

export function parsePlan(source: PlanSource): Plan {
  return { title: source.fileName, year: null, tasks: [], warnings: [] };
}
