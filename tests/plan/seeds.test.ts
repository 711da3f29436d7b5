// The five real plans, five layouts: the three labelled ones must give exactly the labelled task
// table; the other two must import with sensible tasks and review warnings.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parsePlanFile } from '../../src/plan/index.ts';
import type { Expected } from './gold-compare.ts';

const fixture = (name: string) => new URL(`../fixtures/seeds/${name}`, import.meta.url).pathname;

describe.each(['000_20bb31a74edcb18b', '002_ff479ca82672f711', '003_800488427c9f6929'])('labelled seed %s', (stem) => {
  it('gives the labelled task table', async () => {
    const gold = JSON.parse(readFileSync(fixture(`gold/${stem}.json`), 'utf8')) as { tasks: Expected[] };
    const plan = await parsePlanFile(fixture(`${stem}.txt`));
    expect(plan.tasks.map((t) => t.requirement)).toEqual(gold.tasks.map((t) => t.requirement));
    expect(plan.tasks.map((t) => t.category)).toEqual(gold.tasks.map((t) => t.category));
    expect(plan.tasks.map((t) => [t.no, t.deadlineText])).toEqual(gold.tasks.map((t) => [t.no, t.deadlineText]));
    plan.tasks.forEach((t, i) => expect([gold.tasks[i].unitsText, ...(gold.tasks[i].unitsTextAlt ?? [])]).toContain(t.unitsText));
    expect(plan.year).not.toBeNull();
  });
});

describe('the plan whose table was extracted from a PDF (003)', () => {
  it('flags the rows it had to realign and the displaced numbers', async () => {
    const plan = await parsePlanFile(fixture('003_800488427c9f6929.txt'));
    const where = (pattern: RegExp) => plan.warnings.filter((w) => pattern.test(w.message)).map((w) => w.where);
    expect(where(/对不齐/)).toContain('第118行');
    expect(where(/晚了一行/)).toEqual(['第141行']);
    expect(where(/没有具体要求/)).toEqual(['第136行']);
  });
});

describe('the Markdown export with shifted cells (004)', () => {
  it('imports with tasks and review warnings, without error', async () => {
    const plan = await parsePlanFile(fixture('004_ee61bef3bf9835de.txt'));
    expect(plan.title).toBe('2021年长清区政务公开工作要点');
    expect(plan.year).toBe(2021);
    expect(plan.tasks.length).toBeGreaterThan(15);
    expect(plan.tasks.every((t) => t.requirement.length > 5 && !t.requirement.includes('<'))).toBe(true);
    expect(plan.tasks[0]).toMatchObject({ category: ['深化重点领域政府信息公开聚焦中心工作做好信息主动公开'], unitsText: '各街镇、区政府有关部门' });
    expect(plan.warnings.filter((w) => /对不齐/.test(w.message)).length).toBeGreaterThan(3);
  });
});
