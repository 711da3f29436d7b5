// The plan's own title and year, read from the document's paragraphs (not the covering notice:
// 「关于印发……的通知」 names the plan but is not it).
import type { Block } from './source.ts';
import { normalizeText } from './table/normalize.ts';

const PLAN_WORDS = /(工作要点|工作方案|实施方案|工作计划|任务分解表|任务清单|工作任务|要点|方案|计划)$/;
const MAX_TITLE = 60;

export function findPlanTitle(blocks: Block[], fileName: string): string {
  const candidates = blocks
    .filter((b): b is Extract<Block, { kind: 'paragraph' }> => b.kind === 'paragraph')
    .map((b) => normalizeText(b.text).replace(/^[《]|[》]$/g, ''))
    .filter((t) => t.length <= MAX_TITLE && PLAN_WORDS.test(t) && !/^(关于|附件|抄送|印发)/.test(t) && !/[，。；：:]/.test(t));
  const withYear = candidates.find((t) => /(19|20)\d{2}\s*年/.test(t));
  return withYear ?? candidates[0] ?? fileName.replace(/\.[^.]+$/, '');
}

/** The plan's year: the one in its title, else the most frequent year in the text, else null. */
export function findPlanYear(title: string, blocks: Block[]): number | null {
  const inTitle = title.match(/((?:19|20)\d{2})\s*年/);
  if (inTitle) return Number(inTitle[1]);
  const counts = new Map<number, number>();
  for (const block of blocks) {
    if (block.kind !== 'paragraph') continue;
    for (const m of block.text.matchAll(/((?:19|20)\d{2})\s*年/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [year, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = year;
  return best;
}
