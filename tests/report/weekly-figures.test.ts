import { describe, expect, it } from 'vitest';
import { buildWeeklyFigures } from '../../src/report/weekly-figures.ts';
import { renderWeeklyMarkdown } from '../../src/report/render-weekly.ts';
import { EDUCATION, HEALTH, JUSTICE, SUMMARY_AT, samplePlans, sampleState } from './sample-store-data.ts';

describe('weekly summary figures', () => {
  const f = buildWeeklyFigures(samplePlans(), sampleState(), SUMMARY_AT);
  const p = f.plans[0]!;

  it('covers active plans only, for the week up to Monday morning China time', () => {
    expect(f.plans.map((x) => x.planId)).toEqual(['P1']);
    expect([f.since, f.today]).toEqual(['2026-11-16', '2026-11-23']);
  });

  it('counts done/total now and a week ago (a report returned this week was done then)', () => {
    expect([p.done, p.total, p.doneWeekAgo]).toEqual([3, 7, 2]);
  });

  it('ranks units by completion and names the ones silent this week', () => {
    expect(p.units.map((u) => [u.unit, u.done, u.total])).toEqual([[HEALTH, 2, 2], [JUSTICE, 1, 3], [EDUCATION, 0, 2]]);
    expect(p.silentUnits).toEqual([EDUCATION]);
  });

  it('lists overdue, due within 14 days and completed this week; ongoing and relative apart', () => {
    expect(p.overdue).toEqual([{ unit: EDUCATION, taskNumber: 1, due: '2026-11-10', daysOverdue: 13 }]);
    expect(p.dueSoon.map((d) => [d.taskNumber, d.daysLeft, d.units])).toEqual([[2, 7, [JUSTICE]]]);
    expect(p.completedThisWeek.map((c) => [c.unit, c.taskNumber])).toEqual([[JUSTICE, 1], [HEALTH, 4]]);
    expect(p.ongoing).toEqual({ total: 1, done: 0 });
    expect(p.relative).toEqual({ total: 1, done: 1 });
  });

  it('renders what a leader reads', () => {
    const md = renderWeeklyMarkdown(f, SUMMARY_AT);
    expect(md).toContain('已完成 3/7 项（42.9%）');
    expect(md).toContain('+14.3个百分点');
    expect(md).toContain('（上周 28.6%）');
    expect(md).toContain(`- ${EDUCATION}：<font color="warning">任务1逾期13天</font>`);
    expect(md).toContain(`本周未报送（1 个单位）：<font color="warning">${EDUCATION}</font>`);
    expect(md).toContain(`- 11月30日（剩7天）任务2 更新政府信息公开指南和目录：${JUSTICE}`);
    expect(md).toContain('按事件时限 1 项');
    expect(md).toContain('2026年11月23日（周一）09:00');
  });
});
