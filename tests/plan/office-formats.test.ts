// The generated Word and Excel plans (real merged cells, split tables, two annexes) import into the
// same task table as the labelled seed they were made from: tasks, requirements, units, deadlines,
// categories and 序号, compared field by field with the scorer's tolerance.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlanFile } from '../../src/plan/index.ts';
import type { Task } from '../../src/plan/types.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'office');

interface GoldTask {
  no: string | null;
  category: string[];
  requirement: string;
  unitsText: string;
  unitsTextAlt?: string[];
  deadlineText: string | null;
}

// As the scorer compares: NFKC, no white space or punctuation.
const norm = (s: string | null | undefined) => (s ?? '').normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');

function dice(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const grams = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) grams.set(a.slice(i, i + 2), (grams.get(a.slice(i, i + 2)) ?? 0) + 1);
  let shared = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const n = grams.get(b.slice(i, i + 2)) ?? 0;
    if (n > 0) {
      shared++;
      grams.set(b.slice(i, i + 2), n - 1);
    }
  }
  return (2 * shared) / (a.length + b.length - 2);
}

/**
 * One-to-one pairs of gold and parsed tasks whose requirements agree (Dice ≥ 0.85), best first; a
 * requirement written twice in the plan pairs with its own position rather than its twin's.
 */
function matchTasks(gold: GoldTask[], parsed: Task[]): [GoldTask, Task][] {
  const candidates: [number, number, number][] = [];
  gold.forEach((g, i) => parsed.forEach((p, j) => {
    const score = dice(norm(g.requirement), norm(p.requirement));
    if (score >= 0.85) candidates.push([score, i, j]);
  }));
  candidates.sort((a, b) => b[0] - a[0] || Math.abs(a[1] - a[2]) - Math.abs(b[1] - b[2]));
  const usedGold = new Set<number>();
  const usedParsed = new Set<number>();
  const pairs: [GoldTask, Task][] = [];
  for (const [, i, j] of candidates) {
    if (usedGold.has(i) || usedParsed.has(j)) continue;
    usedGold.add(i);
    usedParsed.add(j);
    pairs.push([gold[i], parsed[j]]);
  }
  return pairs;
}

const share = (pairs: [GoldTask, Task][], agree: (g: GoldTask, p: Task) => boolean) =>
  pairs.length ? pairs.filter(([g, p]) => agree(g, p)).length / pairs.length : 1;

const files = readdirSync(FIXTURES).filter((f) => /\.(docx|xlsx)$/.test(f)).sort();

describe('generated office plans import like their labelled seeds', () => {
  it('there is a Word and an Excel file for every gold label', () => {
    const golds = readdirSync(join(FIXTURES, 'gold')).filter((f) => f.endsWith('.json'));
    expect(files).toEqual(golds.flatMap((g) => [g.replace('.json', '.docx'), g.replace('.json', '.xlsx')]).sort());
  });

  it.each(files)('%s', async (file) => {
    const gold: GoldTask[] = JSON.parse(readFileSync(join(FIXTURES, 'gold', file.replace(/\.\w+$/, '.json')), 'utf8')).tasks;
    const plan = await parsePlanFile(join(FIXTURES, file));
    const pairs = matchTasks(gold, plan.tasks);
    const figures = {
      recall: pairs.length / gold.length,
      precision: pairs.length / Math.max(1, plan.tasks.length),
      units: share(pairs, (g, p) => [g.unitsText, ...(g.unitsTextAlt ?? [])].some((u) => norm(u) === norm(p.unitsText))),
      deadline: share(pairs.filter(([g]) => g.deadlineText !== null), (g, p) => norm(g.deadlineText) === norm(p.deadlineText)),
      category: share(pairs, (g, p) => g.category.map(norm).join('/') === p.category.map(norm).join('/')),
      no: share(pairs.filter(([g]) => g.no !== null), (g, p) => norm(g.no) === norm(p.no)),
    };
    expect(figures.recall).toBeGreaterThanOrEqual(0.98);
    expect(figures.precision).toBeGreaterThanOrEqual(0.98);
    expect(figures.units).toBeGreaterThanOrEqual(0.95);
    expect(figures.deadline).toBeGreaterThanOrEqual(0.95);
    expect(figures.category).toBeGreaterThanOrEqual(0.95);
    expect(figures.no).toBeGreaterThanOrEqual(0.98);
    // The title with the plan's year comes through the paragraphs / title rows.
    expect(plan.year).toBe(Number(/20\d\d/.exec(plan.title)?.[0]));
    // Tables without a deadline column say so rather than inventing one.
    if (gold.every((g) => g.deadlineText === null)) expect(plan.tasks.every((t) => t.deadlineText === null)).toBe(true);
  });
});
