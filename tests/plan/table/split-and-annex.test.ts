// Tables split across pages (the header repeated) continue one another; a second annex with other
// columns starts afresh.
import { describe, expect, it } from 'vitest';
import { cellsText, parseHtml, parseText, rowsText } from '../helpers.ts';

const title = '某县2023年政务公开工作方案\n';

describe('a task table split across pages', () => {
  const text = [
    title,
    rowsText([
      ['序号', '工作任务', '工作要求', '责任单位'],
      ['1', '政策解读', '做好政策解读', '县政府办公室'],
      ['2', '', '及时回应关切', ''],
    ]),
    '',
    rowsText([
      ['序号', '工作任务', '工作要求', '责任单位'],
      ['3', '', '开展解读评估', ''],
      ['4', '平台建设', '办好政府网站', '县大数据中心'],
    ]),
  ].join('\n');
  const plan = parseText(text);

  it('skips the repeated header and carries merged cells over the page break', () => {
    expect(plan.tasks.map((t) => [t.no, t.category[0], t.unitsText])).toEqual([
      ['1', '政策解读', '县政府办公室'],
      ['2', '政策解读', '县政府办公室'],
      ['3', '政策解读', '县政府办公室'],
      ['4', '平台建设', '县大数据中心'],
    ]);
  });

  it('also skips a header repeated inside one table', () => {
    const inside = parseText(title + cellsText([
      ['工作任务', '具体要求', '责任单位'],
      ['公开', '公开目录', '各部门'],
      ['工作任务', '具体要求', '责任单位'],
      ['', '更新目录', ''],
    ]));
    expect(inside.tasks.map((t) => t.requirement)).toEqual(['公开目录', '更新目录']);
  });

  it('continues the table after a page break without a repeated header', () => {
    const headerless = parseText(`${title}| 工作任务 | 具体要求 | 责任单位 |\n|---|---|---|\n| 公开 | 公开目录 | 各部门 |\n\n|  |  |  |\n|---|---|---|\n|  | 更新目录 |  |\n`);
    expect(headerless.tasks.map((t) => [t.category[0], t.requirement, t.unitsText])).toEqual([
      ['公开', '公开目录', '各部门'],
      ['公开', '更新目录', '各部门'],
    ]);
  });
});

describe('a plan with two annexes', () => {
  const text = [
    title,
    '附件1',
    '重点工作任务分解表',
    cellsText([
      ['序号', '工作任务', '工作要求', '责任单位', '时限要求'],
      ['1', '经济发展', '公开消费政策', '县商务局', '2023年年底前'],
      ['2', '', '公开投资项目', '县发展改革局', ''],
    ]),
    '',
    '附件2',
    '常态化工作任务清单',
    cellsText([
      ['一级指标', '二级指标', '三级指标', '评估对象'],
      ['主动公开', '规范性文件', '集中发布规范性文件', '所有部门、单位'],
      ['', '', '及时标注有效性', ''],
    ]),
  ].join('\n');
  const plan = parseText(text);

  it('reads both tables with their own columns', () => {
    expect(plan.tasks.map((t) => [t.no, t.category.join('/'), t.requirement, t.unitsText, t.deadlineText])).toEqual([
      ['1', '经济发展', '公开消费政策', '县商务局', '2023年年底前'],
      ['2', '经济发展', '公开投资项目', '县发展改革局', '2023年年底前'],
      [null, '主动公开/规范性文件', '集中发布规范性文件', '所有部门、单位', null],
      [null, '主动公开/规范性文件', '及时标注有效性', '所有部门、单位', null],
    ]);
  });
});

describe('header words', () => {
  const variants: Array<[string[], string]> = [
    [['序号', '重点任务', '工作措施', '牵头单位', '完成时限'], '工作措施'],
    [['序号', '工作任务', '责任部门', '完成时间'], '工作任务'],
    [['编号', '工作内容', '责任科室', '时间节点'], '工作内容'],
    [['一级指标', '二级指标', '五级指标', '评估对象'], '五级指标'],
  ];
  it.each(variants)('recognises %j', (header) => {
    const hasNo = header[0] !== '一级指标';
    const row = header.map((h) => (h === '序号' || h === '编号' ? '1' : /单位|部门|科室|对象/.test(h) ? '县民政局' : /时/.test(h) ? '2024年6月底前' : /级指标/.test(h) && h !== '五级指标' ? '类别' : '公开社会救助标准'));
    const plan = parseText(title + rowsText([header, row]));
    expect(plan.tasks).toHaveLength(1);
    const unitsText = header.includes('牵头单位') ? '牵头单位：县民政局' : '县民政局';
    expect(plan.tasks[0]).toMatchObject({ requirement: '公开社会救助标准', unitsText, no: hasNo ? '1' : null });
    expect(plan.tasks[0].deadlineText).toBe(header.some((h) => /时/.test(h)) ? '2024年6月底前' : null);
  });

  it('keeps lead and member columns apart, and marks the lead units', () => {
    const plan = parseText(title + rowsText([
      ['序号', '工作任务', '牵头单位', '配合单位'],
      ['1', '公开救助标准', '县民政局', '县财政局'],
    ]));
    expect(plan.tasks[0].unitsText).toBe('牵头单位：县民政局；配合单位：县财政局');
  });
});

describe('section headings inside a table', () => {
  it('turns a lone 「一、」 row of a text table into a category over the rows below', () => {
    const plan = parseText(title + cellsText([
      ['序号', '重点任务', '具体措施', '牵头单位', '完成时限'],
      ['一、深化政策解读'],
      ['1', '政策解读', '及时发布解读材料', '县政府办公室', '长期坚持'],
      ['二、加强平台建设'],
      ['2', '政府网站', '完成IPv6改造', '县大数据中心', '2023年6月底前'],
    ]));
    expect(plan.tasks.map((t) => [t.no, t.category, t.requirement])).toEqual([
      ['1', ['深化政策解读', '政策解读'], '及时发布解读材料'],
      ['2', ['加强平台建设', '政府网站'], '完成IPv6改造'],
    ]);
    expect(plan.warnings).toEqual([]);
  });
});

describe('section rows numbered 一、二 in the 序号 column', () => {
  it('are headings over the arabic-numbered tasks below them', () => {
    const plan = parseText(title + rowsText([
      ['序号', '工作任务', '责任单位', '责任领导', '完成时限'],
      ['一', '政策解读', '', '', ''],
      ['1', '做好政策解读', '县政府办公室', '张三', '长期坚持'],
      ['二', '平台建设', '', '', ''],
      ['2', '办好政府网站', '县大数据中心', '李四', '2023年底前'],
    ]));
    expect(plan.tasks.map((t) => [t.no, t.category, t.requirement, t.unitsText])).toEqual([
      ['1', ['政策解读'], '做好政策解读', '县政府办公室'],
      ['2', ['平台建设'], '办好政府网站', '县大数据中心'],
    ]);
  });
});

describe('a table continued after 「续表」', () => {
  it('keeps reading the rows with the same columns', () => {
    const plan = parseText(`${title}| 工作任务 | 具体要求 | 责任单位 |\n|---|---|---|\n| 公开 | 公开目录 | 各部门 |\n\n续表\n\n|  |  |  |\n|---|---|---|\n|  | 更新目录 |  |\n`);
    expect(plan.tasks.map((t) => [t.category[0], t.requirement, t.unitsText])).toEqual([
      ['公开', '公开目录', '各部门'],
      ['公开', '更新目录', '各部门'],
    ]);
  });
});

describe('rows that are not tasks', () => {
  it('skips a 「注：」 note under the table', () => {
    const plan = parseText(title + cellsText([['工作任务', '具体要求', '责任单位'], ['公开', '公开目录', '各部门'], ['注：各单位每季度末报送落实情况。']]));
    expect(plan.tasks.map((t) => t.requirement)).toEqual(['公开目录']);
  });

  it('takes a bold 「一、」 row in the 序号 column for a heading over a category column', () => {
    const plan = parseText(`${title}| 序号 | 类别 | 重点任务 | 责任单位 |\n|---|---|---|---|\n| **一、深化重点领域信息公开** | | | |\n| 1 | **稳就业** | 公开就业政策 | 县人社局 |\n`);
    expect(plan.tasks[0].category).toEqual(['深化重点领域信息公开', '稳就业']);
  });
});

describe('numbered category rows over unnumbered tasks', () => {
  it('are categories, and the tasks keep no number', () => {
    const plan = parseText(title + rowsText([
      ['序号', '工作任务', '具体要求', '责任单位'],
      ['1', '政策解读', '', ''],
      ['', '', '做好政策解读工作', '县政府办公室'],
      ['', '', '及时回应社会关切', ''],
      ['2', '平台建设', '', ''],
      ['', '', '办好政府网站', '县大数据中心'],
    ]));
    expect(plan.tasks.map((t) => [t.no, t.category, t.requirement, t.unitsText])).toEqual([
      [null, ['政策解读'], '做好政策解读工作', '县政府办公室'],
      [null, ['政策解读'], '及时回应社会关切', '县政府办公室'],
      [null, ['平台建设'], '办好政府网站', '县大数据中心'],
    ]);
    expect(plan.warnings.filter((w) => /晚了一行/.test(w.message))).toEqual([]);
  });
});

describe('a 责任单位 column beside a 配合单位 column', () => {
  it('marks the units in charge as lead', () => {
    const plan = parseText(title + rowsText([
      ['序号', '主要任务', '责任单位', '配合单位'],
      ['1', '公开救助标准', '县民政局', '县财政局'],
    ]));
    expect(plan.tasks[0].unitsText).toBe('责任单位：县民政局；配合单位：县财政局');
    expect(plan.tasks[0].units.map((u) => [u.name, u.role])).toEqual([['县民政局', 'lead'], ['县财政局', 'member']]);
  });
});

describe('a reporting template annex after the task table', () => {
  const table = (rows: string[][]) => `<table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
  const plan = parseHtml(
    '<p>某县2023年政务公开工作方案</p>' +
      table([['序号', '工作任务', '具体要求', '责任单位'], ['1', '政策解读', '做好政策解读', '县政府办公室']]) +
      '<p>附件2</p><p>落实情况统计表</p>' +
      table([['序号', '单位名称', '任务数', '已完成', '未完成', '备注'], ['1', '县司法局', '5', '3', '2', ''], ['2', '县财政局', '4', '4', '0', ''], ['3', '县审计局', '', '', '', '']]),
  );

  it('imports only the tasks (no task 「5」 for 县司法局), with one review line for the template instead of one per unit', () => {
    expect(plan.tasks.map((t) => t.requirement)).toEqual(['做好政策解读']);
    expect(plan.warnings).toHaveLength(1);
    expect(plan.warnings[0].message).toMatch(/^这个表格.*未导入/);
  });
});

describe('a reporting template annex in a tab-separated copy', () => {
  const plan = parseText([
    title,
    rowsText([['序号', '工作任务', '具体要求', '责任单位'], ['1', '政策解读', '做好政策解读', '县政府办公室']]),
    '附件2',
    '落实情况统计表',
    rowsText([['序号', '单位名称', '任务数', '已完成', '未完成', '备注'], ['1', '县司法局', '', '', '', ''], ['2', '县财政局', '', '', '', '']]),
  ].join('\n'));

  it('ends the task table at the annex title rather than reading 附件2 as a category row', () => {
    expect(plan.tasks.map((t) => [t.category, t.requirement])).toEqual([[['政策解读'], '做好政策解读']]);
    expect(plan.warnings).toHaveLength(1);
    expect(plan.warnings[0].message).toMatch(/^这个表格.*未导入/);
  });
});
