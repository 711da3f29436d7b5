// Exact grids (docx, xlsx, html) know their merges: a category cell spanning two levels is one path
// entry, a continued cell repeats the one above, a cell across the row is a section heading.
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../src/plan/parse-plan.ts';
import { cell, type GridCell, type PlanSource } from '../../../src/plan/source.ts';

const grid = (rows: GridCell[][]): PlanSource => ({
  fileName: '计划.docx',
  blocks: [
    { kind: 'paragraph', text: '某县2022年政务公开工作要点', where: '第1段' },
    { kind: 'table', table: { rows: rows.map((cells, i) => ({ cells, where: `表1第${i + 1}行` })), where: '表1', exactGrid: true } },
  ],
});
const up = (span = 1) => cell('', span, true);

describe('exact grids', () => {
  const plan = parsePlan(grid([
    [cell('工作任务', 3), cell('具体要求'), cell('责任单位'), cell('完成时限')],
    [cell('管理和服务公开'), cell('双随机监管'), cell('抽查清单'), cell('公开抽查事项清单'), cell('县市场监管局'), cell('2022年6月底前')],
    [up(), up(), cell('抽查结果'), cell('公开抽查结果'), up(), up()],
    [up(), cell('行政许可公示', 2), cell('7个工作日内公示许可决定'), cell('县行政审批服务局'), cell('长期坚持')],
    [cell('决策公开', 3), cell('公开重大决策目录'), cell('县司法局'), cell('')],
  ]));

  it('reads spans and continued cells into category paths', () => {
    expect(plan.tasks.map((t) => t.category)).toEqual([
      ['管理和服务公开', '双随机监管', '抽查清单'],
      ['管理和服务公开', '双随机监管', '抽查结果'],
      ['管理和服务公开', '行政许可公示'],
      ['决策公开'],
    ]);
  });

  it('repeats continued unit and deadline cells', () => {
    expect(plan.tasks.map((t) => [t.unitsText, t.deadlineText])).toEqual([
      ['县市场监管局', '2022年6月底前'],
      ['县市场监管局', '2022年6月底前'],
      ['县行政审批服务局', '长期坚持'],
      ['县司法局', '长期坚持'],
    ]);
  });

  it('takes a row-wide cell for a section heading, not a task', () => {
    const headed = parsePlan(grid([
      [cell('序号'), cell('工作任务'), cell('责任单位')],
      [cell('一、强化政策解读', 3)],
      [cell('1'), cell('做好政策解读'), cell('县政府办公室')],
      [cell('二'), cell('平台建设', 2)],
      [cell('2'), cell('办好政府网站'), cell('县政府办公室')],
    ]));
    expect(headed.tasks.map((t) => [t.no, t.category, t.requirement])).toEqual([
      ['1', ['强化政策解读'], '做好政策解读'],
      ['2', ['平台建设'], '办好政府网站'],
    ]);
    expect(headed.warnings).toEqual([]);
  });

  it('reads a two-row header with lead and member columns', () => {
    const twoRows = parsePlan(grid([
      [cell('序号'), cell('工作任务'), cell('责任单位', 2)],
      [up(), up(), cell('牵头单位'), cell('配合单位')],
      [cell('1'), cell('公开社会救助标准'), cell('县民政局'), cell('县财政局')],
    ]));
    expect(twoRows.tasks).toHaveLength(1);
    expect(twoRows.tasks[0].unitsText).toBe('牵头单位：县民政局；配合单位：县财政局');
  });
});

describe('lead and member columns in an exact grid', () => {
  it('continues a merged lead cell but not an empty member cell', () => {
    const plan = parsePlan(grid([
      [cell('序号'), cell('工作任务'), cell('牵头单位'), cell('配合单位')],
      [cell('1'), cell('公开救助标准'), cell('县民政局'), cell('县财政局')],
      [cell('2'), cell('公开医保目录'), cell('县医疗保障局'), cell('')],
      [cell('3'), cell('公开养老服务信息'), up(), cell('县卫生健康局')],
    ]));
    expect(plan.tasks.map((t) => t.unitsText)).toEqual([
      '牵头单位：县民政局；配合单位：县财政局',
      '牵头单位：县医疗保障局',
      '牵头单位：县医疗保障局；配合单位：县卫生健康局',
    ]);
  });
});

describe('a blank header cell before the requirement', () => {
  it('is a category column', () => {
    const plan = parsePlan(grid([
      [cell('序号'), cell(''), cell('具体要求'), cell('责任单位')],
      [cell('1'), cell('政策解读'), cell('做好政策解读'), cell('县政府办公室')],
    ]));
    expect(plan.tasks[0].category).toEqual(['政策解读']);
  });
});
