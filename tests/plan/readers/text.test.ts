// The text reader: which lines are tables, in which of the three shapes, and Markdown cells.
import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/plan/readers/text.ts';
import { parseText } from '../helpers.ts';

const tables = (text: string) =>
  readText(text, 'x.md').blocks.flatMap((b) => (b.kind === 'table' ? [b.table.rows.map((r) => r.cells.map((c) => c.text))] : []));

describe('reading text exports', () => {
  it('reads one cell per line, continuation lines and blank-line row breaks', () => {
    expect(tables('标题\n\t甲\n\t乙\n续\n\n\t丙\n\t\n\n正文')).toEqual([[['甲', '乙\n续'], ['丙', '']]]);
  });

  it('reads one row per line with tab-separated cells, even when the row starts empty', () => {
    expect(tables('1\t甲\t乙\n\t\t丙\n')).toEqual([[['1', '甲', '乙'], ['', '', '丙']]]);
  });

  it('reads Markdown pipe tables with <p>, <br> and <b> inside cells', () => {
    expect(tables('| 工作任务 | 具体要求 |\n|--|---|\n| <p><b>公开</b></p> <p>解读</p> | 甲<br>乙 \\| 丙 |\n')).toEqual([
      [['工作任务', '具体要求'], ['公开\n解读', '甲\n乙 | 丙']],
    ]);
  });

  it('drops Markdown heading marks from paragraphs and strips a BOM', () => {
    const source = readText('\uFEFF# 某区2021年政务公开工作要点\n**加粗**', 'x.md');
    expect(source.blocks).toEqual([
      { kind: 'paragraph', text: '某区2021年政务公开工作要点', where: '第1行' },
      { kind: 'paragraph', text: '加粗', where: '第2行' },
    ]);
  });

  it('joins <br> lines of a Markdown requirement cell without adding anything', () => {
    const plan = parseText('某区2021年政务公开工作要点\n| 工作任务 | 具体要求 | 责任单位 |\n|---|---|---|\n| 解读 | 做好解读<br>同步发布 | 区政府办公室 |\n');
    expect(plan.tasks[0].requirement).toBe('做好解读同步发布');
  });
});

describe('other table spellings', () => {
  it('reads quoted spreadsheet cells that hold line breaks and quotes', () => {
    expect(tables('1\t"第一行\n第二行""引号"""\t县财政局\n2\t公开\t县民政局\n')).toEqual([
      [['1', '第一行\n第二行"引号"', '县财政局'], ['2', '公开', '县民政局']],
    ]);
  });

  it('reads pipe tables written without the outer pipes', () => {
    expect(tables('序号 | 工作任务\n--- | ---\n1 | 公开目录\n\n正文')).toEqual([[['序号', '工作任务'], ['1', '公开目录']]]);
  });

  it('keeps lines without tabs between rows as one-cell heading rows', () => {
    expect(tables('序号\t工作任务\t责任单位\n一、主动公开\n1\t公开目录\t县财政局\n')).toEqual([
      [['序号', '工作任务', '责任单位'], ['一、主动公开'], ['1', '公开目录', '县财政局']],
    ]);
  });
});

describe('HTML tables inside Markdown', () => {
  it('reads them as exact grids with their merges', () => {
    const plan = parseText('某区2021年政务公开工作要点\n\n<table>\n<tr><th>工作任务</th><th>具体要求</th><th>责任单位</th></tr>\n<tr><td rowspan="2">解读</td><td>做好解读</td><td rowspan="2">区政府办公室</td></tr>\n<tr><td>回应关切</td></tr>\n</table>\n', '计划.md');
    expect(plan.tasks.map((t) => [t.category, t.requirement, t.unitsText])).toEqual([
      [['解读'], '做好解读', '区政府办公室'],
      [['解读'], '回应关切', '区政府办公室'],
    ]);
  });
});
