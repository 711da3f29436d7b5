// A requirement cell merged over the category column(s) to its left: the row is a task whose text is
// that cell, and the category levels it covers are empty for it — not those of the row above.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../helpers.ts';

const tr = (...cells: string[]) => `<tr>${cells.join('')}</tr>`;
const td = (text: string, colspan = 1, rowspan = 1) => `<td colspan="${colspan}" rowspan="${rowspan}">${text}</td>`;

describe('a cell reaching into the requirement column', () => {
  it('keeps a numbered task whose only text spans 工作任务 and 具体要求', () => {
    const plan = parseHtml(
      '<table>' +
        tr(td('序号'), td('工作任务'), td('具体要求'), td('责任单位'), td('完成时限')) +
        tr(td('1'), td('政策解读'), td('做好政策解读。'), td('各级各部门单位'), td('长期坚持')) +
        tr(td('2'), td('编制政务公开事项标准目录', 2), td('县政府办公室'), td('2023年年底前')) +
        tr(td('3'), td('依申请公开'), td('规范办理答复。'), td('各级各部门单位'), td('长期坚持')) +
        '</table>',
    );
    expect(plan.tasks.map((t) => [t.no, t.category, t.requirement, t.unitsText, t.deadlineText])).toEqual([
      ['1', ['政策解读'], '做好政策解读。', '各级各部门单位', '长期坚持'],
      ['2', [], '编制政务公开事项标准目录', '县政府办公室', '2023年年底前'],
      ['3', ['依申请公开'], '规范办理答复。', '各级各部门单位', '长期坚持'],
    ]);
    expect(plan.warnings).toEqual([]);
  });

  it('gives a requirement merged over the empty 二级 column only the 一级 category', () => {
    const plan = parseHtml(
      '<table>' +
        tr(td('序号'), td('工作任务', 2), td('具体要求'), td('责任单位')) +
        tr(td('1'), td('主动公开', 1, 3), td('决策公开', 1, 2), td('公开决策目录。'), td('县司法局')) +
        tr(td('2'), td('公开征求意见。'), td('县发展改革局')) +
        tr(td('3'), td('行政规范性文件均要开展解读。', 2), td('各级各部门单位')) +
        '</table>',
    );
    expect(plan.tasks.map((t) => t.category)).toEqual([['主动公开', '决策公开'], ['主动公开', '决策公开'], ['主动公开']]);
    expect(plan.tasks[2].requirement).toBe('行政规范性文件均要开展解读。');
    expect(plan.warnings).toEqual([]);
  });
  it('reads a lone short text over 工作任务 and 具体要求, with no units, as a section heading', () => {
    const plan = parseHtml(
      '<table>' +
        tr(td('工作任务'), td('具体要求'), td('责任单位'), td('完成时限')) +
        tr(td('主动公开', 2), td(''), td('')) +
        tr(td('决策公开'), td('公开决策目录。'), td('县司法局'), td('长期坚持')) +
        tr(td('政务服务', 2), td(''), td('')) +
        tr(td('办事指南'), td('更新办事指南。'), td('县政务服务中心'), td('长期坚持')) +
        '</table>',
    );
    expect(plan.tasks.map((t) => [t.category, t.requirement])).toEqual([
      [['主动公开', '决策公开'], '公开决策目录。'],
      [['政务服务', '办事指南'], '更新办事指南。'],
    ]);
    expect(plan.warnings).toEqual([]);
  });
});

describe('a 序号 cell merged down over several requirement rows', () => {
  it('gives every row it covers the same number', () => {
    const plan = parseHtml(
      '<table>' +
        tr(td('序号'), td('工作任务'), td('具体要求'), td('责任单位')) +
        tr(td('1'), td('决策公开'), td('公开决策目录。'), td('县司法局')) +
        tr(td('2', 1, 2), td('政策解读', 1, 2), td('做好政策解读。'), td('各级各部门单位')) +
        tr(td('创新解读形式。'), td('县融媒体中心')) +
        tr(td('3'), td('依申请公开'), td('规范办理答复。'), td('各级各部门单位')) +
        '</table>',
    );
    expect(plan.tasks.map((t) => [t.no, t.category[0], t.unitsText])).toEqual([
      ['1', '决策公开', '县司法局'],
      ['2', '政策解读', '各级各部门单位'],
      ['2', '政策解读', '县融媒体中心'],
      ['3', '依申请公开', '各级各部门单位'],
    ]);
  });
});
