// Entry point of the plan importer: a file on disk (or its bytes) to a task table.
import { readPlanFile } from './read-plan-file.ts';
import { parsePlan } from './parse-plan.ts';
import type { Plan } from './types.ts';

export async function parsePlanFile(path: string): Promise<Plan> {
  return parsePlan(await readPlanFile(path));
}
