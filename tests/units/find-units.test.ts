import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findUnits, parseDirectory } from '../../src/units/directory.ts';

const dir = parseDirectory(JSON.parse(readFileSync(new URL('../../data/samples/units-gaoqing.json', import.meta.url), 'utf8')));
const found = (q: string) => findUnits(dir, q).match?.name ?? null;
const suggested = (q: string) => findUnits(dir, q).suggestions.map((u) => u.name);

describe('finding the unit a chat message names', () => {
  it.each([
    ['县司法局', '县司法局'],
    ['司法局', '县司法局'],
    ['卫健局', '县卫生健康局'],
    ['县卫健局', '县卫生健康局'],
    ['县卫生局', '县卫生健康局'],
    ['教体局', '县教育和体育局'],
    ['执法局', '县综合行政执法局'],
    ['县医保局', '市医疗保障局高青分局'],
    ['田镇街道办事处', '田镇街道'],
    ['青城镇人民政府', '青城镇'],
    [' 县 财政局 ', '县财政局'],
  ])('「%s」 is %s', (q, name) => {
    expect(found(q)).toBe(name);
  });

  it('gives suggestions and no match when several units fit', () => {
    expect(found('服务中心')).toBeNull();
    expect(suggested('服务中心')).toEqual(expect.arrayContaining(['县商务外事服务中心', '县金融证券服务中心']));
  });

  it('suggests close names for a misspelling it cannot place', () => {
    expect(found('县财务局')).toBeNull();
    expect(suggested('县财务局')).toContain('县财政局');
  });

  it('finds nothing for an empty or unrelated query', () => {
    expect(findUnits(dir, '')).toEqual({ match: null, suggestions: [] });
    expect(findUnits(dir, '天气预报')).toEqual({ match: null, suggestions: [] });
  });
});
