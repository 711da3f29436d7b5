// How replies read: shortened requirements, due labels, count lines, pages and the byte limit.
import { describe, expect, it } from 'vitest';
import { dueLabel } from '../../src/render/due-text.ts';
import { LIST_LIMIT, allPages, pagesOf } from '../../src/render/paginate.ts';
import { markdownToPlainText } from '../../src/render/plain-text.ts';
import { shortenRequirement } from '../../src/render/shorten.ts';
import { progressPages } from '../../src/render/progress.ts';
import { splitAtBytes } from '../../src/render/split.ts';
import { splitMarkdown } from '../../src/report/split-markdown.ts';
import { countLine, taskLine } from '../../src/render/task-list.ts';
import { renderTaskDetail } from '../../src/render/task-detail.ts';
import type { AssignmentView } from '../../src/progress/views.ts';

describe('shortenRequirement', () => {
  it('keeps short requirements whole', () => {
    expect(shortenRequirement('做好政策解读工作。')).toBe('做好政策解读工作。');
  });

  it('cuts at the end of a sentence or clause, and marks the cut', () => {
    const text = '全面公开年度财政预算决算信息。细化到功能分类项级科目和经济分类款级科目，并在规定时间内完成公开，接受社会监督。';
    expect(shortenRequirement(text, 30)).toBe('全面公开年度财政预算决算信息…');
    expect(shortenRequirement('围绕优化营商环境，公开涉企政策、行政许可事项清单和办事指南等信息，方便企业查询办理各类业务', 30)).toBe('围绕优化营商环境，公开涉企政策…');
  });

  it('cuts a requirement without punctuation at the limit', () => {
    const s = shortenRequirement('一'.repeat(60), 20);
    expect([...s]).toHaveLength(20);
    expect(s.endsWith('…')).toBe(true);
  });
});

describe('labels', () => {
  it('says 已逾期N天 / 今天到期 / 剩N天, and names undated kinds', () => {
    expect(dueLabel({ kind: 'dated', date: '2026-11-20', daysLeft: -6 })).toBe('已逾期6天');
    expect(dueLabel({ kind: 'dated', date: '2026-11-26', daysLeft: 0 })).toBe('今天到期');
    expect(dueLabel({ kind: 'dated', date: '2026-11-28', daysLeft: 2 })).toBe('剩2天');
    expect(dueLabel({ kind: 'ongoing' })).toBe('长期任务');
  });

  it('writes 共N项，已完成M项', () => {
    expect(countLine({ total: 8, done: 3, overdue: 2, rate: 0 })).toBe('共8项，已完成3项，未完成5项，其中逾期2项');
    expect(countLine({ total: 2, done: 2, overdue: 0, rate: 1 })).toBe('共2项，已完成2项');
  });
});

describe('pages and size limits', () => {
  it('pages a long list with a header on each page and a footer saying what is left', () => {
    const pages = allPages(pagesOf('**标题**', Array.from({ length: 35 }, (_, i) => `- 第${i + 1}行`), (l) => l, 15));
    expect(pages).toHaveLength(3);
    expect(pages[0]).toContain('（第1/3页，还有20项，发送「更多」查看）');
    expect(pages[1]!.startsWith('**标题**（续）')).toBe(true);
    expect(pages[2]).toContain('已全部列出');
  });

  it('stops at ten pages and says how many were left out', () => {
    const pages = allPages(pagesOf('**长清单**', Array.from({ length: LIST_LIMIT }, (_, i) => i), (i) => `- ${i}`, 15, 4000));
    expect(pages).toHaveLength(10);
    // Page one counts all that follow it (4000 − 15), not only the nine pages 「更多」 can show.
    expect(pages[0]!.split('\n').at(-1)).toBe('（第1/10页，还有3985项；发送「更多」可再看135项，完整清单请导出台账）');
    expect(pages[8]!.split('\n').at(-1)).toBe('（第9/10页，还有3865项；发送「更多」可再看15项，完整清单请导出台账）');
    expect(pages[9]).toContain('另有3850项未列出，完整清单请导出台账');
  });

  it('renders a page only when it is shown, and each page once', () => {
    const items = Array.from({ length: 40 }, (_, i) => i);
    let rendered = 0;
    const pages = pagesOf('**清单**', items, (i) => (rendered++, `- ${i}`));
    expect(pages.count).toBe(3);
    expect(rendered).toBe(0);
    const first = Array.from({ length: 15 }, (_, i) => `- ${i}`);
    expect(pages.page(0)).toBe(['**清单**', ...first, '（第1/3页，还有25项，发送「更多」查看）'].join('\n'));
    expect(rendered).toBe(15);
    pages.page(0);
    expect(rendered).toBe(15);
    expect(allPages(pages)[2]).toBe(['**清单**（续）', ...Array.from({ length: 10 }, (_, i) => `- ${30 + i}`), '（第3/3页，已全部列出）'].join('\n'));
    expect(rendered).toBe(40);
  });

  it('splits between lines so no message exceeds the channel’s bytes', () => {
    const text = Array.from({ length: 200 }, (_, i) => `- **${i}** 公开年度财政预算决算信息｜已逾期${i}天`).join('\n');
    for (const limit of [4096, 2048]) {
      const parts = splitAtBytes(text, limit);
      expect(parts.length).toBeGreaterThan(1);
      for (const p of parts) expect(Buffer.byteLength(p)).toBeLessThanOrEqual(limit);
      expect(parts.join('\n')).toBe(text);
    }
  });

  it('returns a reply that fits as one message, just as the line-by-line split would', () => {
    const texts = ['', '\n', '  \n**标题**\n- 一行\n\n- 二行\n  ', '**标题**\n- 一行', '- 一行\n', '\n- 一行', '单行', '😀'.repeat(1100), '中'.repeat(1400)];
    for (const text of texts) for (const limit of [4096, 2048]) expect(splitAtBytes(text, limit)).toEqual(splitMarkdown(text, limit));
  });

  it('drops Markdown marks for the app’s plain text', () => {
    expect(markdownToPlainText('**县司法局** <font color="warning">已逾期3天</font> [佐证](https://x)')).toBe('县司法局 已逾期3天 佐证 https://x');
    expect(markdownToPlainText('请 <@zhang> 重新办理')).toBe('请 @zhang 重新办理');
  });
});

describe('task detail', () => {
  const plan = { id: 'P1', title: '要点', year: 2026, sourceName: 'a.txt', sourceHash: 'h', importedAt: '2026-01-01T00:00:00Z', status: 'active' as const, tasks: [], warnings: [] };
  const task = { id: 'T1', number: 7, no: '7', category: ['政策解读'], requirement: '做好政策解读', unitsText: '各部门', units: [], deadlineText: null, deadline: { kind: 'none' as const }, where: '第1行' };
  const view = (i: number, done: boolean): AssignmentView => ({
    assignment: { id: `P1/T1/县第${i}局`, planId: 'P1', taskId: 'T1', unit: `县第${i}局`, role: 'member', deadline: { kind: 'none' } },
    plan, task, due: { kind: 'undated' }, status: done ? 'done' : 'open',
    report: done ? { assignmentId: `P1/T1/县第${i}局`, status: 'done', evidence: `https://gov.cn/evidence/${i}`, reportedBy: 'u', reportedAt: '2026-11-20T02:00:00Z' } : undefined,
  });

  it('lists a few done units one per line with date and evidence link', () => {
    const text = renderTaskDetail(plan, task, [view(1, true), view(2, false)]);
    expect(text).toContain('- 县第1局：11月20日报告完成，[佐证](https://gov.cn/evidence/1)');
    expect(text).toContain('未完成（1）：县第2局');
  });

  it('keeps a task with a hundred done units within one chat message, naming every unit', () => {
    const views = Array.from({ length: 100 }, (_, i) => view(i, i < 60));
    const text = renderTaskDetail(plan, task, views);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(4096);
    expect(text).toContain('已完成（60）：县第0局、县第1局');
    expect(text).toContain('佐证链接见「导出台账」');
    for (let i = 0; i < 100; i++) expect(text).toContain(`县第${i}局`);
  });

  it('marks （牵头） only where a task has lead and other units', () => {
    const lead = (v: AssignmentView): AssignmentView => ({ ...v, assignment: { ...v.assignment, role: 'lead' } });
    const mixed = renderTaskDetail(plan, task, [lead(view(1, true)), view(2, false), lead(view(3, false))]);
    expect(mixed).toContain('- 县第1局（牵头）：11月20日报告完成');
    expect(mixed).toContain('未完成（2）：县第2局、县第3局（牵头）');
    const allLead = renderTaskDetail(plan, task, [lead(view(1, true)), lead(view(2, false)), lead(view(3, false))]);
    expect(allLead).toContain('- 县第1局：11月20日报告完成');
    expect(allLead).toContain('未完成（2）：县第2局、县第3局');
    expect(allLead).not.toContain('牵头');
  });
});

describe('progress', () => {
  const units = Array.from({ length: 35 }, (_, i) => ({ unit: `县第${i}局`, total: 10, done: i % 10, overdue: i % 3, rate: (i % 10) / 10 }));
  const figures = { overall: { total: 350, done: 150, overdue: 12, rate: 150 / 350 }, units };

  it('shows 30 units a page, the rest on 「更多」, each line with its rate and what is overdue', () => {
    const pages = progressPages(figures, '2026-11-26');
    expect(pages.count).toBe(2);
    const first = pages.page(0).split('\n');
    expect(first.slice(0, 2)).toEqual(['**总体进度**（截至2026-11-26）：共350项，已完成150项，未完成200项，其中逾期12项，完成率42.9%', '各单位（完成率由低到高）：']);
    expect(first[2]).toBe('- 县第0局：0/10（0%）');
    expect(first[3]).toBe('- 县第1局：1/10（10%），<font color="warning">逾期1项</font>');
    expect(first.at(-1)).toBe('（第1/2页，还有5项，发送「更多」查看）');
    expect(pages.page(1)).toMatch(/^\*\*总体进度\*\*.*\n各单位（完成率由低到高）：（续）\n- 县第30局/);
    expect(pages.page(1).split('\n').at(-1)).toBe('（第2/2页，已全部列出）');
  });

  it('shows a unit’s new figures once they change', () => {
    const line = (done: number, overdue: number) => {
      const one = { unit: '县司法局', total: 5, done, overdue, rate: done / 5 };
      return progressPages({ overall: one, units: [one] }, '2026-11-26').page(0).split('\n')[2];
    };
    expect(line(1, 2)).toBe('- 县司法局：1/5（20%），<font color="warning">逾期2项</font>');
    expect(line(2, 2)).toBe('- 县司法局：2/5（40%），<font color="warning">逾期2项</font>');
    expect(line(2, 0)).toBe('- 县司法局：2/5（40%）');
  });

  it('says so when no plan is active', () => {
    expect(allPages(progressPages({ overall: { total: 0, done: 0, overdue: 0, rate: 0 }, units: [] }, '2026-11-26'))).toEqual(['当前没有生效的工作要点任务。']);
  });
});

describe('task list lines', () => {
  const plan = { id: 'P1', title: '要点', year: 2026, sourceName: 'a.txt', sourceHash: 'h', importedAt: '2026-01-01T00:00:00Z', status: 'active' as const, tasks: [], warnings: [] };
  const task = (number: number, requirement: string) => ({ id: `T${number}`, number, no: String(number), category: [], requirement, unitsText: '', units: [], deadlineText: null, deadline: { kind: 'none' as const }, where: '' });
  const view = (t: ReturnType<typeof task>, due: AssignmentView['due'], status: AssignmentView['status'] = 'open'): AssignmentView => ({
    assignment: { id: `P1/${t.id}/县司法局`, planId: 'P1', taskId: t.id, unit: '县司法局', role: 'lead', deadline: { kind: 'none' } },
    plan, task: t, due, status, report: undefined,
  });

  it('reads the task, its due date that day, and a return, whichever was shown before', () => {
    const t3 = task(3, '更新政府信息公开指南');
    const due = { kind: 'dated' as const, date: '2026-11-20', daysLeft: -6 };
    expect(taskLine(view(t3, due))).toBe('- **3** 更新政府信息公开指南｜11月20日 <font color="warning">已逾期6天</font>');
    expect(taskLine(view(t3, due, 'returned'))).toBe('- **3** 〔被退回〕更新政府信息公开指南｜11月20日 <font color="warning">已逾期6天</font>');
    expect(taskLine(view(t3, due))).toBe('- **3** 更新政府信息公开指南｜11月20日 <font color="warning">已逾期6天</font>');
    expect(taskLine(view(t3, { ...due, daysLeft: -7 }))).toContain('已逾期7天');
    expect(taskLine(view(task(4, '清理规范性文件'), due))).toBe('- **4** 清理规范性文件｜11月20日 <font color="warning">已逾期6天</font>');
  });
});
