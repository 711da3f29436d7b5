// HTML plans: rowspan and colspan become an exact grid; paragraphs keep their order.
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../../src/plan/readers/html.ts';
import { parseHtml } from '../helpers.ts';

const page = `<!doctype html><html><head><title>x</title><style>td{}</style></head><body>
<h1>某县2021年政务公开工作要点</h1>
<p>一、总体要求</p>
<table border="1">
  <tr><th colspan="2">工作任务</th><th>具体要求</th><th>责任单位</th></tr>
  <tr><td rowspan="3">政务公开</td><td>政策解读</td><td>做好解读<br>同步发布</td><td rowspan="2">县政府办公室</td></tr>
  <tr><td>平台</td><td><p>办好网站</p><p>更新栏目</p></td></tr>
  <tr><td>依申请</td><td>规范答复&amp;办理</td><td>各部门</td></tr>
</table>
<p>抄送：县委办公室</p>
</body></html>`;

describe('reading HTML', () => {
  it('turns rowspan into continued cells and colspan into spans', () => {
    const source = readHtml(page, '计划.html');
    const table = source.blocks.find((b) => b.kind === 'table');
    if (!table || table.kind !== 'table') throw new Error('no table');
    expect(table.table.exactGrid).toBe(true);
    expect(table.table.rows.map((r) => r.cells.map((c) => (c.continued ? '↑' : c.text) + (c.span > 1 ? `×${c.span}` : '')))).toEqual([
      ['工作任务×2', '具体要求', '责任单位'],
      ['政务公开', '政策解读', '做好解读\n同步发布', '县政府办公室'],
      ['↑', '平台', '办好网站\n更新栏目', '↑'],
      ['↑', '依申请', '规范答复&办理', '各部门'],
    ]);
    expect(source.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.kind === 'paragraph' && b.text)).toEqual([
      '某县2021年政务公开工作要点', '一、总体要求', '抄送：县委办公室',
    ]);
  });

  it('parses the tasks of the table', () => {
    const plan = parseHtml(page);
    expect(plan.title).toBe('某县2021年政务公开工作要点');
    expect(plan.tasks.map((t) => [t.category.join('/'), t.requirement, t.unitsText])).toEqual([
      ['政务公开/政策解读', '做好解读同步发布', '县政府办公室'],
      ['政务公开/平台', '办好网站更新栏目', '县政府办公室'],
      ['政务公开/依申请', '规范答复&办理', '各部门'],
    ]);
  });
});

describe('pages laid out in a table', () => {
  it('reads the data table inside the layout table', () => {
    const plan = parseHtml(`<table><tr><td><p>某县2021年政务公开工作要点</p>
      <table><tr><td>工作任务</td><td>责任单位</td></tr><tr><td>公开预算</td><td>县财政局</td></tr></table>
    </td></tr></table>`);
    expect(plan.title).toBe('某县2021年政务公开工作要点');
    expect(plan.tasks.map((t) => [t.requirement, t.unitsText])).toEqual([['公开预算', '县财政局']]);
  });
});
