// A unit cell written one unit per line shows its units apart in the preview and in chat replies.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../helpers.ts';

const plan = (unitsCell: string) =>
  parseHtml(`<table><tr><td>工作任务</td><td>具体要求</td><td>责任单位</td></tr><tr><td>文旅</td><td>做好文旅消费信息公开。</td><td>${unitsCell}</td></tr></table>`);

describe('unit cells with one unit per line', () => {
  it('separates the names with 「、」', () => {
    const task = plan('<p>县商务局</p><p>县文化和旅游局</p>').tasks[0];
    expect(task.unitsText).toBe('县商务局、县文化和旅游局');
    expect(task.units.map((u) => u.name)).toEqual(['县商务局', '县文化和旅游局']);
  });

  it('joins a name wrapped inside the cell again', () => {
    expect(plan('县发展改<br>革局').tasks[0].unitsText).toBe('县发展改革局');
  });
});

describe('role phrases that name nobody', () => {
  it('are not units, and the review list says so for that row', () => {
    const parsed = plan('县财政局、县审计局（按职责分工负责）');
    expect(parsed.tasks[0].units.map((u) => u.name)).toEqual(['县财政局', '县审计局']);
    expect(parsed.warnings.map((w) => w.message)).toEqual(['责任单位里的「按职责分工负责」没有指明单位，未作为单位导入，请核对是否漏了单位']);
  });

  it('leave rows that name their units plainly without a review line', () => {
    expect(plan('县财政局、县审计局').warnings).toEqual([]);
  });
});
