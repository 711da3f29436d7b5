import { describe, expect, it } from 'vitest';
import { chineseToArabic, findDeadlineInText, nextPeriodicDue, parseDeadline } from '../../src/plan/deadline.ts';
import { parsePlanFile } from '../../src/plan/index.ts';

const date = (d: string) => ({ kind: 'date', date: d });

describe('deadline cells', () => {
  it.each([
    ['2023年年底前完成', 2023, '2023-12-31'],
    ['2020年10月底前', 2023, '2020-10-31'],
    ['7月5日前', 2021, '2021-07-05'],
    ['6月底前', 2024, '2024-06-30'],
    ['上半年', 2024, '2024-06-30'],
    ['三季度末', 2024, '2024-09-30'],
    ['第四季度', 2024, '2024-12-31'],
    ['年内', 2020, '2020-12-31'],
    ['十二月底前', 2020, '2020-12-31'],
    ['２０２３年１０月底前', null, '2023-10-31'],
    ['2 月底前', 2024, '2024-02-29'],
    ['11月中旬前', 2023, '2023-11-20'],
    ['次年3月底前', 2023, '2024-03-31'],
    ['2023年10月底前对2016以来所发布政府文件全面规范', 2023, '2023-10-31'],
    ['6月底前完成初稿，12月底前印发', 2023, '2023-12-31'],
    ['2023年6月', 2023, '2023-06-30'],
    ['7月1日至9月30日', 2023, '2023-09-30'],
    ['9月前', 2023, '2023-08-31'],
  ])('「%s」 (plan year %s) is due %s', (text, year, due) => {
    expect(parseDeadline(text, year)).toEqual(date(due));
  });

  it('cannot date a month without a year and says none rather than guessing', () => {
    expect(parseDeadline('7月5日前', null)).toEqual({ kind: 'none' });
  });

  it.each(['长期坚持', '持续推进', '及时公开', '常态化开展', '全年'])('「%s」 is ongoing', (text) => {
    expect(parseDeadline(text, 2023)).toEqual({ kind: 'ongoing' });
  });

  it.each([
    ['信息形成或变更之日起20个工作日内公开', '信息形成或变更', 20, true],
    ['在作出决定之日起7个工作日内通过县政府门户网站公示', '作出决定', 7, true],
    ['活动开展后5个工作日内', '活动开展', 5, true],
    ['决策文件出台后的10个工作日内', '决策文件出台', 10, true],
    ['收到申请之日起十五日内', '收到申请', 15, false],
    ['二十个工作日内', '', 20, true],
  ])('「%s」 is relative to 「%s」', (text, event, days, workingDays) => {
    expect(parseDeadline(text, 2023)).toEqual({ kind: 'relative', event, days, workingDays });
  });

  it.each([
    ['按月', 'month'],
    ['每月', 'month'],
    ['按季度', 'quarter'],
    ['每季度', 'quarter'],
    ['每半年', 'halfyear'],
    ['每周', 'week'],
  ])('「%s」 repeats every %s, with no fixed due date that would read as overdue all year', (text, every) => {
    expect(parseDeadline(text, 2023)).toEqual({ kind: 'periodic', every });
  });

  it('gives a yearly rule its date in the plan’s year', () => {
    expect(parseDeadline('每年1月31日前', 2023)).toEqual({ kind: 'periodic', every: 'year', due: '2023-01-31' });
    expect(parseDeadline('每年', 2023)).toEqual({ kind: 'periodic', every: 'year', due: '2023-12-31' });
  });

  it.each([
    ['按月', '2023-08-09', '2023-08-31'],
    ['每月10日前', '2023-08-09', '2023-08-10'],
    ['每月10日前', '2023-08-11', '2023-09-10'],
    ['每月10日前', '2023-12-11', '2024-01-10'],
    ['按季度', '2023-08-09', '2023-09-30'],
    ['每季度', '2023-10-01', '2023-12-31'],
    ['每半年', '2023-08-09', '2023-12-31'],
    ['每年1月31日前', '2023-08-09', '2024-01-31'],
    ['每年1月31日前', '2023-01-31', '2023-01-31'],
    ['每周', '2023-08-09', '2023-08-11'],
  ])('given today, 「%s」 on %s is next due %s', (text, today, due) => {
    expect(parseDeadline(text, 2023, today)).toMatchObject({ kind: 'periodic', due });
  });
  it('an empty cell has no deadline', () => {
    expect(parseDeadline('', 2023)).toEqual({ kind: 'none' });
    expect(parseDeadline(' \n ', 2023)).toEqual({ kind: 'none' });
    expect(parseDeadline('按要求完成', 2023)).toEqual({ kind: 'none' });
  });
});

describe('deadlines written inside a requirement', () => {
  it('finds a date and returns the phrase as written, spaces included', () => {
    const req = '各镇办、各部门单位政府开放活动计划安排按附件 2 要求于 7 月 5 日前报县政府办公室备案';
    expect(findDeadlineInText(req, 2024)).toEqual({ text: '7 月 5 日前', deadline: date('2024-07-05') });
  });

  it('finds a year-end deadline at the start of a clause', () => {
    const req = '对照国务院部门制定的 26 个试点领域标准指引，2020 年年底前，编制完成各镇办和各部门政务公开事项标准目录。';
    expect(findDeadlineInText(req, 2020)).toEqual({ text: '2020 年年底前', deadline: date('2020-12-31') });
  });

  it('finds a working-day span and its event, without the subject before 于', () => {
    const req = '各镇办、各部门单位政府开放活动开展情况于活动开展后 5 个工作日内报县政府办公室备案';
    expect(findDeadlineInText(req, 2024)).toEqual({
      text: '活动开展后 5 个工作日内',
      deadline: { kind: 'relative', event: '活动开展', days: 5, workingDays: true },
    });
  });

  it('finds periodic and ongoing phrases', () => {
    expect(findDeadlineInText('按月发布环境空气质量状况', 2020)).toEqual({
      text: '按月',
      deadline: { kind: 'periodic', every: 'month' },
    });
    expect(findDeadlineInText('是否于3月底前公开本行政区域内重点排污单位名录', 2020)?.deadline).toEqual(date('2020-03-31'));
    expect(findDeadlineInText('及时公开义务教育招生方案、招生范围', 2020)?.deadline).toEqual({ kind: 'ongoing' });
  });

  it('returns null when the requirement states no deadline', () => {
    expect(findDeadlineInText('公开本单位服务指南、执法流程图，服务指南中明确办理时限等内容', 2020)).toBeNull();
    expect(findDeadlineInText('', 2020)).toBeNull();
    expect(findDeadlineInText('公开2023年6月的统计数据', 2023)).toBeNull();
  });
});

describe('Chinese numerals', () => {
  it.each([['十二', 12], ['二十', 20], ['十', 10], ['二十五', 25], ['二〇二三', 2023], ['７', 7]])('%s → %d', (s, n) => {
    expect(chineseToArabic(s.normalize('NFKC'))).toBe(n);
  });
});

describe('words that only look like deadlines', () => {
  it('does not read 「常态化下」 as ongoing work', () => {
    expect(findDeadlineInText('做好疫情防控常态化下疫情信息发布工作', 2020)).toBeNull();
    expect(findDeadlineInText('常态化开展政府开放活动', 2020)?.deadline).toEqual({ kind: 'ongoing' });
  });

  it('prefers a written date over a periodic word in the same requirement', () => {
    const req = '部门原则上每年至少开展 2 次专题性政策评价工作。要深入分析政策评价结果，年底前将评价结果向社会公开';
    expect(findDeadlineInText(req, 2024)).toEqual({ text: '年底前', deadline: date('2024-12-31') });
  });
});

describe('rolling a periodic rule forward', () => {
  it('finds the end of the current month, also in February of a leap year', () => {
    expect(nextPeriodicDue('month', '2024-02-10')).toBe('2024-02-29');
    expect(nextPeriodicDue('quarter', '2024-03-31')).toBe('2024-03-31');
  });
});

describe('year ends written with one 年', () => {
  it.each([
    ['2024年底前', '2024-12-31'],
    ['2024年内', '2024-12-31'],
    ['2024年年底前', '2024-12-31'],
    ['年底前', '2023-12-31'],
  ])('「%s」 (plan year 2023) is due %s', (text, due) => {
    expect(parseDeadline(text, 2023)).toEqual(date(due));
  });

  it('does not read a count of years (「近三年内」) as this year’s end', () => {
    expect(parseDeadline('公开近三年内的信息', 2023)).toEqual({ kind: 'none' });
    expect(findDeadlineInText('公开近三年内的财政信息', 2023)).toBeNull();
    expect(findDeadlineInText('2024年底前完成清理', 2023)).toEqual({ text: '2024年底前', deadline: date('2024-12-31') });
  });
});

describe('dates written with digits, as spreadsheets show them', () => {
  it.each([
    ['2024-06-30', '2024-06-30'],
    ['2024/6/30', '2024-06-30'],
    ['2024.6.30', '2024-06-30'],
    ['2023.12.31前', '2023-12-31'],
    ['２０２４－０６－３０', '2024-06-30'],
    ['2024-06-30 00:00:00', '2024-06-30'],
    ['2024-06-30T00:00:00.000Z', '2024-06-30'],
    ['2024.6', '2024-06-30'],
    ['6/30', '2023-06-30'],
    ['6.30前', '2023-06-30'],
    ['2024年3月-6月', '2024-06-30'],
    ['2024年3月至6月', '2024-06-30'],
    ['2024年11月—12月', '2024-12-31'],
    ['2024.3-6', '2024-06-30'],
    ['2024.3.1-6.30', '2024-06-30'],
    ['2024/3/1至6/30', '2024-06-30'],
    ['2024.03-2024.06', '2024-06-30'],
    ['2024-3-6', '2024-03-06'],
  ])('the cell 「%s」 (plan year 2023) is due %s', (text, due) => {
    expect(parseDeadline(text, 2023)).toEqual(date(due));
  });

  it('does not invent a date from impossible or partial numbers', () => {
    expect(parseDeadline('2024-02-30', 2023)).toEqual({ kind: 'none' });
    expect(parseDeadline('2024/13/1', 2023)).toEqual({ kind: 'none' });
    expect(parseDeadline('6/30', null)).toEqual({ kind: 'none' });
    expect(parseDeadline('12345', 2023)).toEqual({ kind: 'none' });
  });

  it('reads 「即时公开」 as ongoing, like 及时公开', () => {
    expect(parseDeadline('即时公开', 2023)).toEqual({ kind: 'ongoing' });
    expect(findDeadlineInText('即时公开行政处罚结果', 2023)?.deadline).toEqual({ kind: 'ongoing' });
  });

  it('finds a numeric date followed by 前 inside a requirement, as written', () => {
    expect(findDeadlineInText('依据〔2022〕5号文件要求，于 2024-06-30 前完成清理', 2023)).toEqual({
      text: '2024-06-30 前',
      deadline: date('2024-06-30'),
    });
    expect(findDeadlineInText('2023.12.31前完成目录编制', 2023)?.deadline).toEqual(date('2023-12-31'));
  });

  it('does not read document numbers, hotlines, versions or data dates in a requirement as deadlines', () => {
    for (const req of [
      '贯彻〔2022〕5号文件精神，规范政策文件发布',
      '做好12345热线诉求办理情况公开',
      '推进政府网站IPv6改造',
      '按照2.0.1版标准升级平台',
      '公开2023.12.31的统计数据',
    ]) {
      expect(findDeadlineInText(req, 2023), req).toBeNull();
    }
  });
});

describe('a sheet whose 完成时间 cells are real Excel dates (variant 22)', () => {
  it('gives every task its due date, so reminders and overdue lists include it', async () => {
    const file = new URL('../fixtures/variants/22-excel-dates.xlsx', import.meta.url).pathname;
    const plan = await parsePlanFile(file);
    expect(plan.tasks.map((t) => t.deadline)).toEqual([date('2024-06-30'), date('2024-09-30'), date('2024-12-31')]);
  });
});
