// Plans whose 任务分解 is written section by section: a numbered heading paragraph, then a table
// (the later ones often without their header). No task is dropped, and the headings are the outer category.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../helpers.ts';

const table = (rows: string[][]) => `<table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
const HEADER = ['序号', '工作任务', '具体要求', '责任单位', '完成时限'];

describe('numbered heading paragraphs between task tables', () => {
  const page = (secondHeader: boolean) =>
    '<p>某县2023年政务公开工作要点任务分解表</p>' +
    '<p>一、深化重点领域信息公开</p>' +
    table([HEADER, ['1', '稳就业', '做好就业政策公开。', '县人力资源社会保障局', '长期坚持']]) +
    '<p>二、推进政策发布解读</p>' +
    table([...(secondHeader ? [HEADER] : []), ['2', '政策解读', '开展政策解读。', '各级各部门单位', '长期坚持'], ['3', '', '创新解读形式。', '', '']]);

  it('reads a table without header after a heading as the continuation of the task table', () => {
    const plan = parseHtml(page(false));
    expect(plan.tasks.map((t) => [t.no, t.requirement, t.unitsText])).toEqual([
      ['1', '做好就业政策公开。', '县人力资源社会保障局'],
      ['2', '开展政策解读。', '各级各部门单位'],
      ['3', '创新解读形式。', '各级各部门单位'],
    ]);
    expect(plan.warnings).toEqual([]);
  });

  it('puts each heading in front of the categories of the rows under it', () => {
    for (const withHeader of [true, false]) {
      expect(parseHtml(page(withHeader)).tasks.map((t) => t.category)).toEqual([
        ['深化重点领域信息公开', '稳就业'],
        ['推进政策发布解读', '政策解读'],
        ['推进政策发布解读', '政策解读'],
      ]);
    }
  });

  it('takes a heading written with a full stop the same way', () => {
    const plan = parseHtml(page(false).replace('二、推进政策发布解读', '二、推进政策发布解读。'));
    expect(plan.tasks.map((t) => t.category[0])).toEqual(['深化重点领域信息公开', '推进政策发布解读', '推进政策发布解读']);
  });

  it('leaves a single heading before the only table out of the categories', () => {
    const plan = parseHtml('<p>三、工作任务</p>' + table([HEADER, ['1', '稳就业', '做好就业政策公开。', '县人社局', '长期坚持']]));
    expect(plan.tasks[0].category).toEqual(['稳就业']);
  });

  it('still reports a headerless table with other columns after a heading, rather than dropping it', () => {
    const plan = parseHtml(
      '<p>一、重点任务</p>' + table([HEADER, ['1', '稳就业', '做好就业政策公开。', '县人社局', '长期坚持']]) +
        '<p>二、联系方式</p>' + table([['张三', '电话'], ['李四', '电话']]),
    );
    expect(plan.tasks).toHaveLength(1);
    expect(plan.warnings.map((w) => w.message).join()).toContain('没有可识别的表头');
  });
});
