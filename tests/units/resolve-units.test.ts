import { describe, expect, it } from 'vitest';
import { resolveUnits } from '../../src/units/directory.ts';
import { parseUnitsText } from '../../src/units/parse-units.ts';
import type { UnitDirectory } from '../../src/units/types.ts';

const dir: UnitDirectory = {
  version: 1,
  units: [
    { name: '青城镇', kind: '镇', aliases: [] },
    { name: '花沟镇', kind: '镇', aliases: [] },
    { name: '田镇街道', kind: '街道', aliases: [] },
    { name: '经济开发区', kind: '开发区', aliases: ['经济开发区管委会'] },
    { name: '县司法局', kind: '部门', aliases: [] },
    { name: '县卫生健康局', kind: '部门', aliases: ['卫健委'] },
    { name: '县信访局', kind: '部门', aliases: [] },
    { name: '县供电公司', kind: '其他', aliases: [] },
  ],
};
const resolve = (cell: string, d: UnitDirectory = dir) => resolveUnits(parseUnitsText(cell), d);
const units = (cell: string) => resolve(cell).assignments.map((a) => a.unit);

describe('resolving a task’s units against the directory', () => {
  it('maps abbreviations and aliases to directory units', () => {
    expect(resolve('县卫健局、卫健委').assignments).toEqual([{ unit: '县卫生健康局', role: 'member' }]);
  });

  it('expands 各镇、街道 to the towns and streets, and 县直各部门 to departments only', () => {
    expect(units('各镇、街道')).toEqual(['青城镇', '花沟镇', '田镇街道']);
    expect(units('县直各部门、单位')).toEqual(['县司法局', '县卫生健康局', '县信访局']);
  });

  it('expands 所有部门、单位 to towns, streets, the zone and departments but not enterprises', () => {
    expect(units('所有部门、单位')).toEqual(['青城镇', '花沟镇', '田镇街道', '经济开发区', '县司法局', '县卫生健康局', '县信访局']);
  });

  it('leaves out the units an exclusion names', () => {
    const got = units('除县司法局、县信访局外的部门、单位');
    expect(got).not.toContain('县司法局');
    expect(got).not.toContain('县信访局');
    expect(got).toContain('县卫生健康局');
  });

  it('keeps the lead role when a group also covers the lead unit', () => {
    const { assignments } = resolve('县司法局牵头，县直各部门、单位');
    expect(assignments.find((a) => a.unit === '县司法局')?.role).toBe('lead');
    expect(assignments.filter((a) => a.unit === '县司法局')).toHaveLength(1);
    expect(assignments.find((a) => a.unit === '县信访局')?.role).toBe('member');
  });

  it('reports what it cannot resolve instead of dropping or guessing it', () => {
    const { assignments, unresolved } = resolve('县司法局、县扶贫办，重大政策决策承办单位，县财政局等有关部门');
    expect(assignments.map((a) => a.unit)).toEqual(['县司法局']);
    expect(unresolved.map((u) => u.text)).toEqual(['县扶贫办', '重大政策决策承办单位', '县财政局', '等有关部门']);
    expect(unresolved[0].reason).toMatch(/单位目录中没有「县扶贫办」/);
    expect(unresolved[1].reason).toMatch(/没有列明具体单位/);
  });

  it('reports a group with no members in the directory', () => {
    const deptsOnly: UnitDirectory = { version: 1, units: [{ name: '县司法局', kind: '部门', aliases: [] }] };
    const { assignments, unresolved } = resolve('各镇、县司法局', deptsOnly);
    expect(assignments.map((a) => a.unit)).toEqual(['县司法局']);
    expect(unresolved).toEqual([{ text: '各镇', reason: expect.stringMatching(/没有可归入「各镇」的单位/) }]);
  });

  it('accepts a name without the county prefix only when it is unambiguous', () => {
    expect(resolveUnits([{ name: '司法局', role: 'member', group: false }], dir).assignments).toEqual([
      { unit: '县司法局', role: 'member' },
    ]);
    const two: UnitDirectory = {
      version: 1,
      units: [{ name: '县司法局', kind: '部门', aliases: [] }, { name: '市司法局', kind: '部门', aliases: [] }],
    };
    const { assignments, unresolved } = resolveUnits([{ name: '司法局', role: 'member', group: false }], two);
    expect(assignments).toEqual([]);
    expect(unresolved[0].reason).toMatch(/县司法局或市司法局/);
  });
});

describe('townships', () => {
  it('counts a 乡 as a town for 各乡镇', () => {
    const d: UnitDirectory = { version: 1, units: [{ name: '石桥乡', kind: '镇', aliases: [] }, { name: '青城镇', kind: '镇', aliases: [] }] };
    expect(resolveUnits(parseUnitsText('各乡镇'), d).assignments.map((a) => a.unit)).toEqual(['石桥乡', '青城镇']);
  });
});
