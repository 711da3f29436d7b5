// The generated Word and Excel plans (real merged cells, split tables, two annexes) import into the
// same task table as the labelled seed they were made from: tasks, requirements, units, deadlines,
// categories and 序号, compared task by task and field by field as the scorer compares them.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlanFile } from '../../src/plan/index.ts';
import { ALL_FIELDS, misses, type Expected } from './gold-compare.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'office');

const files = readdirSync(FIXTURES).filter((f) => /\.(docx|xlsx)$/.test(f)).sort();

describe('generated office plans import like their labelled seeds', () => {
  it('there is a Word and an Excel file for every gold label', () => {
    const golds = readdirSync(join(FIXTURES, 'gold')).filter((f) => f.endsWith('.json'));
    expect(files).toEqual(golds.flatMap((g) => [g.replace('.json', '.docx'), g.replace('.json', '.xlsx')]).sort());
  });

  it.each(files)('%s', async (file) => {
    const gold: Expected[] = JSON.parse(readFileSync(join(FIXTURES, 'gold', file.replace(/\.\w+$/, '.json')), 'utf8')).tasks;
    const plan = await parsePlanFile(join(FIXTURES, file));
    expect(misses(plan, gold, ALL_FIELDS)).toEqual([]);
    // The title with the plan's year comes through the paragraphs / title rows.
    expect(plan.year).toBe(Number(/20\d\d/.exec(plan.title)?.[0]));
    // Tables without a deadline column say so rather than inventing one.
    if (gold.every((g) => g.deadlineText === null)) expect(plan.tasks.every((t) => t.deadlineText === null)).toBe(true);
  });
});
