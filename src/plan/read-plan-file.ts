// Reads a plan document into paragraphs and tables, choosing the reader by the file's kind.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { PlanSource } from './source.ts';
import { readText } from './readers/text.ts';

export async function readPlanFile(path: string): Promise<PlanSource> {
  const bytes = new Uint8Array(await readFile(path));
  return readText(new TextDecoder().decode(bytes), basename(path));
}
