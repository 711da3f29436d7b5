// Every unit named in the five seed plans ends up a directory unit (once the directory is built from
// the plan) or a group the resolver recognises; abbreviation pairs become one unit each.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/plan/types.ts';
import { buildDirectoryFromPlan, parseDirectory, resolveUnits } from '../../src/units/directory.ts';
import { describeGroup } from '../../src/units/groups.ts';
import { parseUnitsText } from '../../src/units/parse-units.ts';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/units/seed-unit-cells.json', import.meta.url), 'utf8')) as {
  cells: Record<string, string[]>;
};

function planOf(cells: string[]): Plan {
  const tasks = cells.map((unitsText, i) => ({
    id: `T${i + 1}`, no: null, category: [], requirement: `任务${i + 1}`, unitsText,
    units: parseUnitsText(unitsText), deadlineText: null, deadline: { kind: 'none' as const }, where: `第${i + 1}行`,
  }));
  return { title: '测试', year: 2020, tasks, warnings: [] };
}

// Groups the text does not pin down: the resolver reports them for a person to settle.
const UNSPECIFIED = new Set([
  '重大政策决策承办单位', '各有关部门、单位', '县政府有关部门单位', '重大政策起草单位', '舆情涉及部门单位',
  '县政府重大行政决策承办单位', '县政府行政规范性文件实施部门', '部门行政规范性文件起草部门', '相关领域负责单位',
  '相关部门、单位', '相关决策单位', '承担相关领域的单位', '县政府有关部门', '各有关单位', '各行政执法主体',
  '区政府有关部门', '有关单位', '等相关部门、单位', '等有关部门单位', '等相关部门单位', '等相关单位', '等有关部门',
]);

describe.each(Object.entries(fixture.cells))('seed %s', (_seed, cells) => {
  const plan = planOf(cells);
  const dir = buildDirectoryFromPlan(plan);

  it('resolves every named unit to a directory unit and every group to members or a known open phrase', () => {
    for (const task of plan.tasks) {
      expect(task.units.length, task.unitsText).toBeGreaterThan(0);
      const { unresolved } = resolveUnits(task.units, dir);
      for (const u of unresolved) {
        // A recognised group may still have no members when the plan itself names no 镇/街道.
        const kinds = describeGroup(u.text).kinds;
        const empty = kinds !== null && !dir.units.some((d) => kinds.includes(d.kind));
        expect(UNSPECIFIED.has(u.text) || empty, `${u.text}: ${u.reason}`).toBe(true);
      }
      for (const u of task.units.filter((x) => !x.group)) {
        expect(u.name, task.unitsText).toMatch(/^(?:[县区市].{1,14}(?:局|办|委|中心|办公室|大队|公司|联|分局|分中心)|(?:.{1,6}(?:镇|街道|工业园)|.{0,6}开发区))$/);
      }
    }
  });

  it('recognises every group phrase', () => {
    for (const task of plan.tasks) {
      for (const g of task.units.filter((x) => x.group)) {
        expect(describeGroup(g.name).kinds !== null || UNSPECIFIED.has(g.name), g.name).toBe(true);
      }
    }
  });
});

describe('abbreviation pairs in seed 000', () => {
  const dir = buildDirectoryFromPlan(planOf(fixture.cells['000_20bb31a74edcb18b']));
  const names = dir.units.map((u) => u.name);

  it.each([
    ['县卫生健康局', '县卫健局'],
    ['县教育和体育局', '县教体局'],
    ['县综合行政执法局', '县执法局'],
    ['县综合行政执法局', '县综合执法局'],
    ['县发展改革局', '县发改局'],
  ])('has one unit %s for %s', (full, short) => {
    expect(names.filter((n) => n === full)).toHaveLength(1);
    expect(names).not.toContain(short);
    expect(dir.units.find((u) => u.name === full)?.aliases).toContain(short);
  });
});

describe('the 高青县 sample directory', () => {
  const sample = JSON.parse(readFileSync(new URL('../../data/samples/units-gaoqing.json', import.meta.url), 'utf8'));
  const dir = parseDirectory(sample);

  it.each(['000_20bb31a74edcb18b', '003_800488427c9f6929'])('resolves every unit of 高青 seed %s, expanding groups', (seed) => {
    for (const cell of fixture.cells[seed]) {
      const { assignments, unresolved } = resolveUnits(parseUnitsText(cell), dir);
      expect(unresolved.filter((u) => !UNSPECIFIED.has(u.text)), cell).toEqual([]);
      const open = parseUnitsText(cell).every((u) => UNSPECIFIED.has(u.name));
      if (!open) expect(assignments.length, cell).toBeGreaterThan(0);
    }
  });

  it('expands 「各镇、街道、经济开发区，县直各部门、单位」 to the 7 towns, 2 streets, the zone and the departments', () => {
    const { assignments, unresolved } = resolveUnits(parseUnitsText('各镇、街道、经济开发区，县直各部门、单位'), dir);
    const units = assignments.map((a) => a.unit);
    expect(unresolved).toEqual([]);
    expect(units).toEqual(expect.arrayContaining(['青城镇', '木李镇', '田镇街道', '芦湖街道', '经济开发区', '县卫生健康局']));
    expect(units).toHaveLength(dir.units.filter((u) => u.kind !== '其他').length - 1); // all but 台湾工业园
  });
});
