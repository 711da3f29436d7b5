// Plans laid out the way other counties lay them out — other column orders, 牵头/配合 columns,
// two-row headers, section rows, web pages with rowspan/colspan, genuine .docx/.xlsx with merged
// cells, plans without a table — parsed from file and compared with what a careful reader labelled
// (tests/fixtures/variants/*.expected.json, written by scripts/make-variant-fixtures.ts).
// Texts are compared the way the steering side's scorer compares them (score-plan.mjs).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlanFile } from '../../src/plan/index.ts';
import type { Plan, Task } from '../../src/plan/types.ts';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'variants');

interface Expected {
  no: string | null;
  category: string[];
  requirement: string;
  unitsText: string;
  deadlineText: string | null;
}

// ---- the scorer's comparisons (score-plan.mjs), so a pass here is a pass there

const norm = (s: unknown) => String(s ?? '').normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');

const ALIASES: Array<[string, string]> = [
  ['卫健局', '卫生健康局'], ['卫生和健康局', '卫生健康局'], ['教体局', '教育和体育局'], ['教育体育局', '教育和体育局'],
  ['人社局', '人力资源社会保障局'], ['人力资源和社会保障局', '人力资源社会保障局'],
  ['住建局', '住房城乡建设局'], ['住房和城乡建设局', '住房城乡建设局'],
  ['发改局', '发展改革局'], ['发展和改革局', '发展改革局'], ['发改委', '发展改革局'], ['发展改革委', '发展改革局'],
  ['交通局', '交通运输局'], ['应急管理局', '应急局'], ['文旅局', '文化和旅游局'], ['工信局', '工业和信息化局'],
  ['行政审批局', '行政审批服务局'], ['综合执法局', '综合行政执法局'], ['执法局', '综合行政执法局'],
  ['退役军人事务局', '退役军人局'], ['市场监督管理局', '市场监管局'], ['教育局', '教育和体育局'],
];

function canonicalUnit(u: string): string {
  let s = norm(u).replace(/^(牵头单位|责任单位|配合单位|责任科室|评估对象)/, '').replace(/(牵头|配合)$/, '');
  for (const [from, to] of ALIASES) {
    if (s.endsWith(from) && !s.endsWith(to)) {
      s = s.slice(0, -from.length) + to;
      break;
    }
  }
  return s;
}

const unitSet = (text: string) =>
  new Set(text.normalize('NFKC').split(/[、，,；;。\s]+|牵头单位[:：]|责任单位[:：]|配合单位[:：]/).map(canonicalUnit).filter(Boolean));
const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));
const unitsAgree = (gold: string, pred: string) => norm(gold) === norm(pred) || sameSet(unitSet(gold), unitSet(pred));

const ENUMERATOR = /^\s*(第[一二三四五六七八九十百零〇\d]+[部分条项章节]?|[（(]?[一二三四五六七八九十百零〇\d]+[)）、.．]?)\s*/u;
const catPath = (path: string[]) => path.map((c) => norm(c.normalize('NFKC').replace(ENUMERATOR, ''))).filter(Boolean).join('/');

/** The lead units a gold unit text names (「牵头单位：X」 or 「X牵头，…」), or null when it names none. */
function goldLeads(text: string): Set<string> | null {
  const s = text.normalize('NFKC');
  const labelled = s.match(/牵头单位[:：]([^；;。]*?)(?=[；;。]|责任单位|配合单位|$)/);
  if (labelled) return unitSet(labelled[1]);
  const before = s.match(/([^，,；;。]*?)牵头(?!单位)/);
  return before && before[1].trim() ? unitSet(before[1]) : null;
}
const predLeads = (t: Task) => new Set(t.units.filter((u) => u.role === 'lead').map((u) => canonicalUnit(u.name)).filter(Boolean));

// ---- what a user of the task table would notice: one task per labelled task, in order

type Field = 'requirement' | 'units' | 'lead' | 'deadline' | 'category' | 'no';
const ALL_FIELDS: Field[] = ['requirement', 'units', 'lead', 'deadline', 'category', 'no'];

/** One line per disagreement on the given fields, empty when the plan reads as labelled. */
function misses(plan: Plan, expected: Expected[], fields: Field[]): string[] {
  const out: string[] = [];
  if (plan.tasks.length !== expected.length) out.push(`任务数：应为 ${expected.length}，实为 ${plan.tasks.length}`);
  expected.forEach((g, i) => {
    const p = plan.tasks[i];
    const at = `#${i + 1}`;
    if (!p) return;
    if (fields.includes('requirement') && norm(g.requirement) !== norm(p.requirement)) out.push(`${at} 要求「${g.requirement}」≠「${p.requirement}」`);
    if (fields.includes('units') && !unitsAgree(g.unitsText, p.unitsText)) out.push(`${at} 单位「${g.unitsText}」≠「${p.unitsText}」`);
    const leads = goldLeads(g.unitsText);
    if (fields.includes('lead') && leads?.size && !sameSet(leads, predLeads(p))) out.push(`${at} 牵头「${[...leads]}」≠「${[...predLeads(p)]}」`);
    if (fields.includes('deadline') && g.deadlineText !== null && norm(g.deadlineText) !== norm(p.deadlineText)) out.push(`${at} 时限「${g.deadlineText}」≠「${p.deadlineText}」`);
    if (fields.includes('category') && catPath(g.category) !== catPath(p.category)) out.push(`${at} 类别「${g.category.join('/')}」≠「${p.category.join('/')}」`);
    if (fields.includes('no') && g.no !== null && norm(g.no) !== norm(p.no)) out.push(`${at} 序号「${g.no}」≠「${p.no}」`);
  });
  return out;
}

/**
 * The layouts and the fields the parser reads right. Every document reads as labelled on every field
 * now; a layout added later may start with the fields it passes, its failures written up for the parser.
 */
const PASSING: Record<string, Field[]> = {
  '01-units-before-requirement.txt': ALL_FIELDS,
  '02-lead-member-notes.txt': ALL_FIELDS,
  '03-section-rows.md': ALL_FIELDS,
  '04-gov-site.html': ALL_FIELDS,
  '05-title-row-page-break.docx': ALL_FIELDS,
  '06-two-row-header.docx': ALL_FIELDS,
  '07-title-merged.xlsx': ALL_FIELDS,
  '08-two-row-header.xlsx': ALL_FIELDS,
  '09-body-numbered.txt': ALL_FIELDS,
  '10-body-yishi-ershi.txt': ALL_FIELDS,
  '11-section-rows-cells.txt': ALL_FIELDS,
  '12-lead-no-member.txt': ALL_FIELDS,
  '13-inline-roles.md': ALL_FIELDS,
  '14-body-units-in-brackets.txt': ALL_FIELDS,
  '15-numbered-category-rows.txt': ALL_FIELDS,
  '16-numbered-category-rows.docx': ALL_FIELDS,
  '17-leader-column.xlsx': ALL_FIELDS,
  '18-wrapped-header.html': ALL_FIELDS,
  '19-two-row-header-cells.txt': ALL_FIELDS,
  '20-bold-sections.md': ALL_FIELDS,
  '21-spanned-category-rows.docx': ALL_FIELDS,
  '22-excel-dates.xlsx': ALL_FIELDS,
  '23-body-four-levels.txt': ALL_FIELDS,
  '24-body-lead-phrases.txt': ALL_FIELDS,
  '25-disclosure-catalog.xlsx': ALL_FIELDS,
  '26-pipes-without-edges.md': ALL_FIELDS,
  '27-units-per-line.docx': ALL_FIELDS,
  '28-gbk-page.htm': ALL_FIELDS,
  '29-typed-sheet.xlsx': ALL_FIELDS,
  '30-crlf-note-row.txt': ALL_FIELDS,
  '31-title-in-table.html': ALL_FIELDS,
  '32-offset-sheet.xlsx': ALL_FIELDS,
  '33-two-section-levels.txt': ALL_FIELDS,
  '34-two-section-levels.md': ALL_FIELDS,
  '35-excel-tab-text.txt': ALL_FIELDS,
  '36-word-html.html': ALL_FIELDS,
  '37-report-template-annex.docx': ALL_FIELDS,
  '38-block-merge.xlsx': ALL_FIELDS,
  '39-body-unit-lines.txt': ALL_FIELDS,
  '40-unit-role-marks.docx': ALL_FIELDS,
  '41-section-paragraphs.docx': ALL_FIELDS,
  '42-section-paragraphs-no-header.docx': ALL_FIELDS,
  '43-sheets-and-hidden-sheet.xlsx': ALL_FIELDS,
  '44-shared-number.html': ALL_FIELDS,
  '45-requirement-spans-level2.docx': ALL_FIELDS,
  '46-requirement-spans-level2.xlsx': ALL_FIELDS,
  '47-task-spans-requirement.docx': ALL_FIELDS,
  '48-merge-across-categories.xlsx': ALL_FIELDS,
};

const documents = readdirSync(DIR).filter((f) => !f.endsWith('.expected.json'));
const expectedOf = (file: string): Expected[] =>
  JSON.parse(readFileSync(join(DIR, `${file.replace(/\.[^.]+$/, '')}.expected.json`), 'utf8')).tasks;

describe('plans in layouts the seeds do not use', () => {
  it('has a label file for every variant document', () => {
    for (const file of documents) expect(expectedOf(file).length, file).toBeGreaterThan(0);
  });

  it('checks every variant document', () => {
    expect(documents.filter((file) => !(file in PASSING))).toEqual([]);
  });

  for (const [file, fields] of Object.entries(PASSING)) {
    it(`${file}: ${fields.join('、')} as labelled`, async () => {
      const plan = await parsePlanFile(join(DIR, file));
      expect(misses(plan, expectedOf(file), fields)).toEqual([]);
    });
  }
});

