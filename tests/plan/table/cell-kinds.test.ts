// What a cell's text alone says about it: only used to repair drifted rows, so it must not mistake
// requirements or headings for unit lists.
import { describe, expect, it } from 'vitest';
import { looksLikeDeadline, looksLikeUnits, tooLongForCategory } from '../../../src/plan/table/cell-kinds.ts';
import { normalizeText, splitCategoryLevels } from '../../../src/plan/table/normalize.ts';

describe('unit lists', () => {
  it.each([
    '各镇人民政府，各街道办事处，经济开发区管委会，县政府各部门，各有关单位',
    '县司法局牵头，各行政执法主体具体落实',
    '牵头：县司法局；配合：县财政局',
    '县政府办公室（牵头）、县直有关部门',
    '市生态环境局高青分局',
    '所有部门、单位',
    '各区县人民政府，市政府各部门',
    '各区县、市直各部门',
  ])('%s is a unit list', (text) => expect(looksLikeUnits(text)).toBe(true));

  it.each([
    '办好政府网站',
    '公开年度重大行政决策目录',
    '领导小组',
    '各镇办、各部门单位政府开放活动计划安排按附件2要求于7月5日前报县政府办公室备案',
    '建设政务公开专区',
  ])('%s is not', (text) => expect(looksLikeUnits(text)).toBe(false));
});

describe('other kinds', () => {
  it('tells deadlines from requirements', () => {
    expect(['2024年6月底前', '长期坚持', '每季度', '信息形成或变更之日起20个工作日内'].every(looksLikeDeadline)).toBe(true);
    expect(looksLikeDeadline('加强政策解读，做到文件与解读同步')).toBe(false);
  });

  it('allows a comma in a category heading but not a sentence', () => {
    expect(tooLongForCategory('聚焦中心工作，加强信息公开')).toBe(false);
    expect(tooLongForCategory('公开本部门权责清单，并根据机构和职能情况动态调整到位。')).toBe(true);
  });
});

describe('white space', () => {
  it('follows the labelling rules', () => {
    expect(normalizeText(' 政务舆 情回应 ')).toBe('政务舆情回应');
    expect(normalizeText('门户网站 IPV6的改造')).toBe('门户网站IPV6的改造');
    expect(normalizeText('Word  Excel')).toBe('Word Excel');
    expect(normalizeText('公开指南：\n 1. 分类')).toBe('公开指南：1.分类');
  });

  it('splits two category levels only when each side is a full phrase', () => {
    expect(splitCategoryLevels('以政务公开助推重点工作落实 以公开助推人民群众生活品质提高')).toHaveLength(2);
    expect(splitCategoryLevels('切实强化政 府网站和政 务新媒体管 理')).toEqual(['切实强化政府网站和政务新媒体管理']);
    expect(splitCategoryLevels('政府信息公开\n工作年度报告')).toEqual(['政府信息公开工作年度报告']);
    expect(splitCategoryLevels('围绕促进经济发展\n量质齐升强化公开')).toEqual(['围绕促进经济发展量质齐升强化公开']);
  });
});
