// Plans laid out the way other counties lay them out — other column orders, 牵头/配合 columns,
// two-row headers, section rows, web pages with rowspan/colspan, genuine .docx/.xlsx with merged
// cells, plans without a table — parsed from file and compared with what a careful reader labelled
// (tests/fixtures/variants/*.expected.json, written by scripts/make-variant-fixtures.ts).
// Texts are compared the way the steering side's scorer compares them (score-plan.mjs).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlanFile } from '../../src/plan/index.ts';
import { ALL_FIELDS, misses, type Expected, type Field } from './gold-compare.ts';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'variants');

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

