// Tables exported as text: merged cells show as empty or missing cells, and the parser must still put
// every text in its column and carry merged values down.
import { describe, expect, it } from 'vitest';
import { brief, cellsText, parseText, rowsText } from '../helpers.ts';

const title = '某县2024年政务公开工作要点\n附件\n';

describe('a table with one cell per line', () => {
  const text = title + cellsText([
    ['工作任务', '具体要求', '责任单位'],
    ['决策公开', '重大决策', '公开年度重大行政决策目录', '县司法局'],
    ['', '', '公开决策草案和意见征集情况', ''],
    ['', '政策解读', '文件公开后3个工作日内发布解读材料', '各镇、街道，县直各部门'],
    ['管理和服务公开', '行政执法公示', '事前公开', '公开执法职责和依据', '县司法局'],
    ['', '', '', '公开执法流程图', ''],
  ]);
  const plan = parseText(text);

  it('finds every task with its category path, top level first', () => {
    expect(brief(plan).map((t) => [t.category, t.requirement])).toEqual([
      [['决策公开', '重大决策'], '公开年度重大行政决策目录'],
      [['决策公开', '重大决策'], '公开决策草案和意见征集情况'],
      [['决策公开', '政策解读'], '文件公开后3个工作日内发布解读材料'],
      [['管理和服务公开', '行政执法公示', '事前公开'], '公开执法职责和依据'],
      [['管理和服务公开', '行政执法公示', '事前公开'], '公开执法流程图'],
    ]);
  });

  it('carries an empty (merged) unit cell down from the row above', () => {
    expect(plan.tasks.map((t) => t.unitsText)).toEqual(['县司法局', '县司法局', '各镇、街道，县直各部门', '县司法局', '县司法局']);
  });

  it('reads the title and year of the plan, and has no deadline column', () => {
    expect(plan.title).toBe('某县2024年政务公开工作要点');
    expect(plan.year).toBe(2024);
    expect(plan.tasks.every((t) => t.deadlineText === null)).toBe(true);
  });

  it('joins a cell continued on lines without a tab, dropping the line breaks', () => {
    const wrapped = parseText(`${title}\t工作任务\n\t具体要求\n\t责任单位\n\n\t公开\n\t公开指南是否包括：\n1.分类；\n2.获取方式\n\t县政府办公室\n`);
    expect(wrapped.tasks[0].requirement).toBe('公开指南是否包括：1.分类；2.获取方式');
  });
});

describe('a row-per-line table whose cells drift between columns', () => {
  const text = title + rowsText([
    ['序号', '工作任务', '工作要求', '责任单位', ''],
    ['1', '助推监管效能提升', '公开权责清单', '加强行政机关权力配置信息公开，及时调整并公开权责清单', '各镇人民政府，县政府各部门'],
    ['2', '', '严格落实行政执法公示制度', '县司法局牵头，各行政执法主体具体落实', ''],
    ['3', '', '规范公开行政事业性收费目录，按时更新', '县财政局', ''],
    ['4', '', '', '', '加强政策解读，做到文件与解读同步起草、同步审签'],
  ]);
  const plan = parseText(text);

  it('puts requirement and units back in their columns by what they say', () => {
    expect(brief(plan).map((t) => [t.no, t.requirement, t.unitsText])).toEqual([
      ['1', '加强行政机关权力配置信息公开，及时调整并公开权责清单', '各镇人民政府，县政府各部门'],
      ['2', '严格落实行政执法公示制度', '县司法局牵头，各行政执法主体具体落实'],
      ['3', '规范公开行政事业性收费目录，按时更新', '县财政局'],
      ['4', '加强政策解读，做到文件与解读同步起草、同步审签', '县财政局'],
    ]);
    expect(plan.tasks.every((t) => t.category.join('/') === '助推监管效能提升/公开权责清单')).toBe(true);
  });

  it('lists every realigned row for review, with its line', () => {
    const lines = plan.warnings.filter((w) => w.message.includes('对不齐')).map((w) => w.where);
    expect(lines).toEqual(['第5行', '第6行', '第7行']);
  });
});

describe('rows with fewer cells than the header', () => {
  it('reads the missing cells as horizontally merged category cells', () => {
    const plan = parseText(title + cellsText([
      ['工作任务', '具体要求', '责任单位'],
      ['管理和服务公开', '双随机监管', '抽查事项清单', '公开抽查事项清单', '县市场监管局'],
      ['', '行政许可公示', '在作出决定之日起7个工作日内公示', '县行政审批服务局'],
      ['行政权力配置信息公开', '公开本部门权责清单', '县直各部门'],
    ]));
    expect(brief(plan).map((t) => t.category)).toEqual([
      ['管理和服务公开', '双随机监管', '抽查事项清单'],
      ['管理和服务公开', '行政许可公示'],
      ['行政权力配置信息公开'],
    ]);
  });

  it('takes a lone last text for the requirement when the unit cell is missing', () => {
    const plan = parseText(title + cellsText([
      ['工作任务', '具体要求', '责任单位'],
      ['年报', '公开年度报告', '各镇、街道'],
      ['', '', '年报后面是否有申请表和流程图'],
    ]));
    expect(plan.tasks[1]).toMatchObject({ requirement: '年报后面是否有申请表和流程图', unitsText: '各镇、街道', category: ['年报'] });
  });
});

describe('category inheritance', () => {
  const plan = parseText(title + rowsText([
    ['一级指标', '二级指标', '三级指标', '具体要求', '评估对象'],
    ['主动公开', '财政信息', '预算公开', '公开部门预算', '所有部门'],
    ['', '', '', '公开部门决算', ''],
    ['', '政务舆情', '回应', '及时回应关切', '县政府办公室'],
    ['', '', '平台', '建设互动平台', ''],
    ['', '', '平台', '留言及时办理', ''],
  ]));

  it('does not carry a lower level into a new parent block', () => {
    const withLower = parseText(title + rowsText([
      ['一级指标', '二级指标', '三级指标', '具体要求', '评估对象'],
      ['主动公开', '财政信息', '预算公开', '公开部门预算', '所有部门'],
      ['', '政务舆情', '', '及时回应关切', '县政府办公室'],
    ]));
    expect(withLower.tasks[1].category).toEqual(['主动公开', '政务舆情']);
  });

  it('keeps a restated value as the same category', () => {
    expect(plan.tasks.map((t) => t.category.join('/'))).toEqual([
      '主动公开/财政信息/预算公开',
      '主动公开/财政信息/预算公开',
      '主动公开/政务舆情/回应',
      '主动公开/政务舆情/平台',
      '主动公开/政务舆情/平台',
    ]);
  });

  it('names 二级 cells split over two lines as one', () => {
    const twoLines = parseText(`${title}\t一级指标\n\t二级\n指标\n\t具体要求\n\t评估对象\n\n\t主动\n公开\n\t预算\n\t公开预算\n\t所有部门\n`);
    expect(twoLines.tasks[0].category).toEqual(['主动公开', '预算']);
  });

  it('splits a category cell holding two levels separated by a space', () => {
    const split = parseText(title + rowsText([
      ['序号', '工作任务', '工作要求', '责任单位'],
      ['1', '以政务公开助推重点工作落实 以公开助推人民群众生活品质提高', '及时发布就业政策', '县人社局'],
      ['2', '拓展 优化 公开 平台', '建设政务公开专区', '县政府办公室'],
    ]));
    expect(split.tasks.map((t) => t.category)).toEqual([
      ['以政务公开助推重点工作落实', '以公开助推人民群众生活品质提高'],
      ['拓展优化公开平台'],
    ]);
  });
});

describe('a deadline that drifted out of its column', () => {
  it('is still read as the deadline, not appended to the requirement', () => {
    const plan = parseText(title + rowsText([
      ['序号', '工作任务', '责任单位', '完成时限'],
      ['1', '公开财政预算', '县财政局', '2024年3月底前'],
      ['2', '公开部门决算', '2024年8月底前', ''],
    ]));
    expect(plan.tasks.map((t) => [t.requirement, t.unitsText, t.deadlineText])).toEqual([
      ['公开财政预算', '县财政局', '2024年3月底前'],
      ['公开部门决算', '县财政局', '2024年8月底前'],
    ]);
  });
});

describe('a PDF-like table with a deadline column whose rows drift both ways', () => {
  it('finds requirement, units and deadline in every row', () => {
    const plan = parseText(title + rowsText([
      ['序号', '工作任务', '具体措施', '责任单位', '完成时限'],
      ['1', '政策解读', '做好政策解读，同步起草同步审签。', '县政府办公室', '2024年6月底前'],
      ['2', '', '开展政策吹风会，每季度至少1次。', '县新闻办', '', ''],
      ['3', '加强回应关切，及时回应群众关切。', '县信访局', '长期坚持'],
      ['4', '', '', '完善政务舆情监测机制，做到早发现早处置。', '', '县委网信办'],
      ['5', '平台建设', '', '', '办好政府网站，完善搜索功能。', '县大数据中心'],
    ]));
    expect(plan.tasks.map((t) => [t.no, t.category.join('/'), t.unitsText, t.deadlineText])).toEqual([
      ['1', '政策解读', '县政府办公室', '2024年6月底前'],
      ['2', '政策解读', '县新闻办', '2024年6月底前'],
      ['3', '政策解读', '县信访局', '长期坚持'],
      ['4', '政策解读', '县委网信办', '长期坚持'],
      ['5', '平台建设', '县大数据中心', '长期坚持'],
    ]);
  });
});

describe('a tab-separated row broken over lines (Word 「表格转换成文本」)', () => {
  it('joins the lines back into one row', () => {
    const plan = parseText(`${title}序号\t工作任务\t具体要求\t责任单位\t完成时限\n1\t政策解读\t做好解读，\n同步起草、同步审签。\t县政府办公室\t长期坚持\n2\t\t及时回应关切。\t县信访局\t长期坚持\n`);
    expect(plan.tasks.map((t) => [t.no, t.requirement, t.unitsText, t.deadlineText])).toEqual([
      ['1', '做好解读，同步起草、同步审签。', '县政府办公室', '长期坚持'],
      ['2', '及时回应关切。', '县信访局', '长期坚持'],
    ]);
  });
});
