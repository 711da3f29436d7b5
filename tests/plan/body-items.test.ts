// Plans written as numbered paragraphs, without a task table.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseText } from './helpers.ts';

const plan = parseText(`关于印发某区2020年政务公开工作要点的通知
各镇人民政府：
某区2020年政务公开工作要点
一、总体要求
认真落实省市部署。
二、主要任务
（一）聚焦重点领域，拓展公开广度
1. 加强疫情信息公开。区卫健局要做好疫情信息发布，
让群众及时了解。
2. 编制公开事项目录。各镇办、各部门要在2020年10月底前编制完成目录。
（二）规范依申请公开
3. 规范答复文书。做好登记、办理、答复等环节工作。
三、保障措施
（一）加强组织领导。区政府办公室牵头，各部门配合，明确分管负责人。
附件：政务公开事项目录
`);

describe('plans without a table', () => {
  it('makes a task of every numbered item without sub-items, under its headings', () => {
    expect(plan.title).toBe('某区2020年政务公开工作要点');
    expect(plan.tasks.map((t) => [t.no, t.category, t.requirement.slice(0, 10)])).toEqual([
      ['1', ['主要任务', '聚焦重点领域，拓展公开广度'], '加强疫情信息公开。区'],
      ['2', ['主要任务', '聚焦重点领域，拓展公开广度'], '编制公开事项目录。各'],
      ['3', ['主要任务', '规范依申请公开'], '规范答复文书。做好登'],
      ['（一）', ['保障措施'], '加强组织领导。区政府'],
    ]);
  });

  it('joins the lines of an item and takes the units it names as acting', () => {
    expect(plan.tasks[0].requirement).toBe('加强疫情信息公开。区卫健局要做好疫情信息发布，让群众及时了解。');
    expect(plan.tasks.map((t) => t.unitsText)).toEqual(['区卫健局', '各镇办、各部门', '', '区政府办公室牵头，各部门配合']);
  });

  it('asks for units where an item names none', () => {
    expect(plan.warnings).toEqual([{ where: '第12行', message: expect.stringContaining('没有写明由哪个单位负责') }]);
  });

  it('imports the seed plan written without a table', () => {
    const seed = parseText(readFileSync(new URL('../fixtures/seeds/001_b708640fad32e73d.txt', import.meta.url), 'utf8'), '001.txt');
    expect(seed.year).toBe(2020);
    expect(seed.tasks.length).toBeGreaterThanOrEqual(14);
    expect(seed.tasks[0]).toMatchObject({ no: '1', unitsText: '各镇办、各部门' });
    expect(seed.tasks.every((t) => t.requirement.length > 10 && t.category.length > 0)).toBe(true);
    expect(seed.warnings.length).toBeGreaterThan(0);
  });
});

describe('items that list their tasks as 一是……二是……', () => {
  it('makes one task of each, under the item heading', () => {
    const plan = parseText('某县2022年政务公开工作要点\n一、重点任务\n（一）深化政策解读。一是县司法局要严格落实解读要求。二是各镇、街道要创新解读形式。\n');
    expect(plan.tasks.map((t) => [t.no, t.category, t.requirement, t.unitsText])).toEqual([
      [null, ['重点任务', '深化政策解读'], '县司法局要严格落实解读要求。', '县司法局'],
      [null, ['重点任务', '深化政策解读'], '各镇、街道要创新解读形式。', '各镇、街道'],
    ]);
  });
});

describe('units written after the item', () => {
  it('takes a bracketed 「（牵头单位：……）」 as the units and leaves it out of the requirement', () => {
    const plan = parseText('某县2024年政务公开工作要点\n一、重点任务\n1.规范政府网站域名管理。（牵头单位：县政府办公室；配合单位：县政府各部门）\n2.落实行政执法公示制度。由县司法局牵头，各部门配合。\n');
    expect(plan.tasks.map((t) => [t.requirement, t.unitsText])).toEqual([
      ['规范政府网站域名管理。', '牵头单位：县政府办公室；配合单位：县政府各部门'],
      ['落实行政执法公示制度。由县司法局牵头，各部门配合。', '县司法局牵头，各部门配合'],
    ]);
  });
});

describe('plans in parts', () => {
  it('reads 第一部分 as the outermost heading', () => {
    const plan = parseText('某县2024年政务公开工作要点\n第一部分 重点任务\n一、政策解读\n1.县政府办公室要做好政策解读。\n');
    expect(plan.tasks.map((t) => [t.category, t.unitsText])).toEqual([[['重点任务', '政策解读'], '县政府办公室']]);
  });
});

describe('page numbers inside an item', () => {
  it('are left out of the requirement', () => {
    const plan = parseText('某县2024年政务公开工作要点\n一、重点任务\n1.县政府办公室要做好\n— 3 —\n政策解读。\n');
    expect(plan.tasks[0].requirement).toBe('县政府办公室要做好政策解读。');
  });
});

describe('items followed by 责任单位 and 完成时限 lines', () => {
  const lines = parseText(`某县2023年政务公开工作方案
一、重点任务
（一）推进决策公开。制定发布重大行政决策事项目录。
责任单位：县司法局
完成时限：2023年3月底前
（二）加强政策解读。认真落实政策解读“三同步”工作机制。
牵头单位：县政府办公室
配合单位：县政府各部门
完成时限：长期坚持
`);

  it('keeps those lines out of the requirement and reads them as the units and the deadline', () => {
    expect(lines.tasks.map((t) => [t.requirement, t.unitsText, t.deadlineText])).toEqual([
      ['推进决策公开。制定发布重大行政决策事项目录。', '县司法局', '2023年3月底前'],
      ['加强政策解读。认真落实政策解读“三同步”工作机制。', '牵头单位：县政府办公室；配合单位：县政府各部门', '长期坚持'],
    ]);
    expect(lines.tasks[0].deadline).toEqual({ kind: 'date', date: '2023-03-31' });
    expect(lines.tasks[1].units.map((u) => [u.name, u.role])).toEqual([['县政府办公室', 'lead'], ['县政府各部门', 'member']]);
    expect(lines.warnings).toEqual([]);
  });
});

describe('unit and deadline fields written on one line', () => {
  it('reads each field on the line', () => {
    const plan = parseText(`某县2023年政务公开工作方案
一、重点任务
（一）推进决策公开。制定发布重大行政决策事项目录。
牵头单位：县司法局；配合单位：县政府各部门　完成时限：2023年3月底前
（二）加强政策解读。落实“三同步”工作机制。
责任单位：县政府办公室
`);
    expect(plan.tasks.map((t) => [t.requirement, t.unitsText, t.deadlineText])).toEqual([
      ['推进决策公开。制定发布重大行政决策事项目录。', '牵头单位：县司法局；配合单位：县政府各部门', '2023年3月底前'],
      ['加强政策解读。落实“三同步”工作机制。', '县政府办公室', null],
    ]);
  });
});

describe('a bracket after the item naming units and deadline', () => {
  it('takes the deadline out of the units', () => {
    const plan = parseText(`某县2023年政务公开工作方案
一、重点任务
（一）规范政府网站域名管理。（责任单位：县政府办公室；完成时限：2023年6月底前）
（二）做好政策解读。（牵头单位：县司法局；配合单位：县政府各部门）
`);
    expect(plan.tasks.map((t) => [t.requirement, t.unitsText, t.deadlineText])).toEqual([
      ['规范政府网站域名管理。', '责任单位：县政府办公室', '2023年6月底前'],
      ['做好政策解读。', '牵头单位：县司法局；配合单位：县政府各部门', null],
    ]);
    expect(plan.tasks[0].units.map((u) => u.name)).toEqual(['县政府办公室']);
    expect(plan.tasks[0].deadline).toEqual({ kind: 'date', date: '2023-06-30' });
  });
});
