import { describe, expect, it } from 'vitest';
import { parseUnitsCell, parseUnitsText } from '../../src/units/parse-units.ts';

const show = (text: string) =>
  parseUnitsText(text).map((u) => `${u.name}${u.role === 'lead' ? '(牵头)' : ''}${u.group ? '[组]' : ''}`);

describe('unit cells', () => {
  it('splits a list and expands abbreviations', () => {
    expect(show('县发改局、县教体局、县卫健局、县执法局')).toEqual([
      '县发展改革局', '县教育和体育局', '县卫生健康局', '县综合行政执法局',
    ]);
  });

  it('treats the three spellings of the enforcement bureau as one unit', () => {
    expect(show('县执法局、县综合执法局、县综合行政执法局')).toEqual(['县综合行政执法局']);
  });

  it('shares 各 across 「各镇、街道」 and keeps 县直各部门、单位 as one group', () => {
    expect(show('各镇、街道、经济开发区，县直各部门、单位')).toEqual([
      '各镇[组]', '各街道[组]', '经济开发区', '县直各部门、单位[组]',
    ]);
  });

  it('reads 经济开发区管委会 and 街道办 as single units', () => {
    expect(show('各镇人民政府，各街道办事处，经济开发区管委会，县政府各部门，各有关单位')).toEqual([
      '各镇人民政府[组]', '各街道办事处[组]', '经济开发区', '县政府各部门[组]', '各有关单位[组]',
    ]);
    expect(show('田镇街道办、青城镇')).toEqual(['田镇街道', '青城镇']);
    expect(show('各乡镇、街道，县直各部门')).toEqual(['各乡镇[组]', '各街道[组]', '县直各部门[组]']);
  });

  it('marks the 牵头 unit as lead and the rest as members', () => {
    expect(show('县司法局牵头，各行政执法主体具体落实')).toEqual(['县司法局(牵头)', '各行政执法主体[组]']);
    expect(show('县发改局、县自然资源局、县规划服务中心牵头，各镇、街道、经济开发区，县直各部门、单位')).toEqual([
      '县发展改革局(牵头)', '县自然资源局(牵头)', '县规划服务中心(牵头)',
      '各镇[组]', '各街道[组]', '经济开发区', '县直各部门、单位[组]',
    ]);
    expect(show('牵头单位：县发改局、县教体局；配合单位：县卫健局')).toEqual([
      '县发展改革局(牵头)', '县教育和体育局(牵头)', '县卫生健康局',
    ]);
    expect(show('县财政局牵头，县教体局配合')).toEqual(['县财政局(牵头)', '县教育和体育局']);
    expect(show('牵头部门：县财政局\n配合部门：县审计局')).toEqual(['县财政局(牵头)', '县审计局']);
    expect(show('县财政局（牵头）、县审计局、县统计局(牵头)')).toEqual(['县财政局(牵头)', '县审计局', '县统计局(牵头)']);
  });

  it('makes nobody lead when the cell names no lead', () => {
    expect(parseUnitsText('县财政局、县审计局').every((u) => u.role === 'member')).toBe(true);
  });

  it('keeps an exclusion group whole, with the units it excludes', () => {
    expect(show('除县司法局、县信访局、县供销社外的部门、单位')).toEqual(['除县司法局、县信访局、县供销社外的部门、单位[组]']);
  });

  it('splits 「……等有关部门」 into the named units and an open group', () => {
    expect(show('各街镇、区公安分局、区卫生健康局、区市场监管局等有关部门')).toEqual([
      '各街镇[组]', '区公安分局', '区卫生健康局', '区市场监管局', '等有关部门[组]',
    ]);
    expect(show('县审计局等有关部门单位')).toEqual(['县审计局', '等有关部门单位[组]']);
  });

  it('expands parentheses and 「及」/「和」 between whole names, but not inside a name', () => {
    expect(show('各镇（街道、经济开发区）、县自然资源局')).toEqual(['各镇[组]', '各街道[组]', '经济开发区', '县自然资源局']);
    expect(show('县政府办公室及相关部门、单位')).toEqual(['县政府办公室', '相关部门、单位[组]']);
    expect(show('县文化和旅游局、县工业和信息化局')).toEqual(['县文化和旅游局', '县工业和信息化局']);
  });

  it('recognises district-level names and abbreviations', () => {
    expect(show('区人社局、区教育体育局、区医保局、区司法局')).toEqual([
      '区人力资源社会保障局', '区教育和体育局', '区医疗保障局', '区司法局',
    ]);
  });

  it('separates names on line breaks but joins a name wrapped mid-word', () => {
    expect(show('县发改局\n县教体局')).toEqual(['县发展改革局', '县教育和体育局']);
    expect(show('县发展改\n革局、县 财政局')).toEqual(['县发展改革局', '县财政局']);
    expect(show('县财政局县审计局区司法局')).toEqual(['县财政局', '县审计局', '区司法局']);
    expect(show('县政府办公室')).toEqual(['县政府办公室']);
  });

  it('shares the county prefix: 「县发改局、教体局」', () => {
    expect(show('县发改局、教体局')).toEqual(['县发展改革局', '县教育和体育局']);
  });

  it('lets a lead mention win over a member mention of the same unit', () => {
    expect(parseUnitsText('县财政局牵头，县财政局、县审计局')).toEqual([
      { name: '县财政局', role: 'lead', group: false },
      { name: '县审计局', role: 'member', group: false },
    ]);
  });

  it('returns nothing for an empty cell', () => {
    expect(parseUnitsText('')).toEqual([]);
    expect(parseUnitsText(' \n')).toEqual([]);
  });
});

describe('unit cells with role marks (one unit per line, 牵头：/配合：, 按职责分工负责)', () => {
  it('reads 「（牵头）」 on the first of several lines as that unit’s role, also once the line breaks are gone', () => {
    const expected = ['县司法局(牵头)', '县财政局', '县审计局'];
    expect(show('县司法局（牵头）\n县财政局\n县审计局')).toEqual(expected);
    expect(show('县司法局（牵头）县财政局县审计局')).toEqual(expected);
    expect(show('县司法局牵头\n县财政局\n县审计局')).toEqual(expected);
    expect(show('县财政局(牵头单位)\n县审计局')).toEqual(['县财政局(牵头)', '县审计局']);
  });

  it('reads short labels and labels without punctuation between them', () => {
    const expected = ['县政府办公室(牵头)', '县大数据中心'];
    expect(show('牵头：县政府办公室；配合：县大数据中心')).toEqual(expected);
    expect(show('牵头：县政府办公室配合：县大数据中心')).toEqual(expected);
    expect(show('牵头单位：县政府办公室 配合单位：县大数据中心')).toEqual(expected);
    expect(show('牵头单位：县政府办公室配合单位：县大数据中心')).toEqual(expected);
    expect(show('牵头单位 县政府办公室 配合单位 县大数据中心')).toEqual(expected);
    expect(show('主责单位：县司法局；协办单位：县财政局')).toEqual(['县司法局(牵头)', '县财政局']);
  });

  it('does not take 「按职责分工负责」「分别负责」 for part of a unit name', () => {
    expect(show('县政府办公室牵头，县直各部门按职责分工负责')).toEqual(['县政府办公室(牵头)', '县直各部门[组]']);
    expect(show('县财政局、县审计局分别负责')).toEqual(['县财政局', '县审计局']);
    expect(show('各镇、街道按职责分工负责')).toEqual(['各镇[组]', '各街道[组]']);
  });

  it('drops a role phrase that names nobody and says so', () => {
    expect(parseUnitsCell('县财政局、县审计局（按职责分工负责）')).toEqual({
      units: [
        { name: '县财政局', role: 'member', group: false },
        { name: '县审计局', role: 'member', group: false },
      ],
      droppedPhrases: ['按职责分工负责'],
    });
    expect(parseUnitsCell('县财政局，共同负责').droppedPhrases).toEqual(['共同负责']);
    expect(parseUnitsCell('县财政局、县审计局').droppedPhrases).toEqual([]);
  });
});
