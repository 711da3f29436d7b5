// Unit names in chat: the directory decides first; names only the plans use still resolve.
import { describe, expect, it } from 'vitest';
import { resolveUnit, unitNotFound } from '../../src/bot/resolve-unit.ts';
import type { UnitDirectory } from '../../src/units/types.ts';

const dir: UnitDirectory = {
  version: 1,
  units: [
    { name: '县卫生健康局', kind: '部门', aliases: ['县卫健局', '卫健局'] },
    { name: '县司法局', kind: '部门', aliases: ['司法局'] },
    { name: '县公安局', kind: '部门', aliases: [] },
  ],
};
const empty: UnitDirectory = { version: 1, units: [] };

describe('resolveUnit', () => {
  it('matches names, aliases and names without the county prefix', () => {
    expect(resolveUnit(dir, [], '卫健局').match).toBe('县卫生健康局');
    expect(resolveUnit(dir, [], '县司法局').match).toBe('县司法局');
    expect(resolveUnit(dir, [], '公安局').match).toBe('县公安局');
  });

  it('gives suggestions instead of guessing when several units fit', () => {
    const m = resolveUnit(dir, [], '县局');
    expect(m.match).toBeNull();
    expect(m.suggestions.length).toBeGreaterThan(1);
    expect(unitNotFound('县局', m)).toMatch(/^「县局」对应的单位不唯一或不存在。您是不是要找：/);
  });

  it('resolves units the plans name even without a directory', () => {
    const planUnits = ['县财政局', '青城镇', '高城镇'];
    expect(resolveUnit(empty, planUnits, '财政局').match).toBe('县财政局');
    expect(resolveUnit(empty, planUnits, '青城镇').match).toBe('青城镇');
    expect(resolveUnit(empty, planUnits, '城镇').suggestions).toEqual(expect.arrayContaining(['青城镇', '高城镇']));
    expect(resolveUnit(empty, planUnits, '外星局')).toEqual({ match: null, suggestions: [] });
    expect(unitNotFound('外星局', { match: null, suggestions: [] })).toContain('没有找到名为「外星局」的单位');
  });
});
