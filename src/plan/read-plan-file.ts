// Reads a plan document into paragraphs and tables, choosing the reader by the file's kind.
// (Stub: the readers are being written; see src/plan/readers/.)
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { PlanSource } from './source.ts';

export async function readPlanFile(path: string): Promise<PlanSource> {
  const text = await readFile(path, 'utf8');
  return { fileName: basename(path), blocks: text.split('\n').map((line, i) => ({ kind: 'paragraph' as const, text: line, where: `第${i + 1}行` })) };
}
