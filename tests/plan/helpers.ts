// Small helpers for the plan parser tests: parse a document written inline, list what a user would see.
import { readText } from '../../src/plan/readers/text.ts';
import { readHtml } from '../../src/plan/readers/html.ts';
import { parsePlan } from '../../src/plan/parse-plan.ts';
import type { Plan } from '../../src/plan/types.ts';

export const parseText = (text: string, name = '计划.txt'): Plan => parsePlan(readText(text, name));
export const parseHtml = (html: string, name = '计划.html'): Plan => parsePlan(readHtml(html, name));

/** A tab-separated table, one row per line (the way a PDF or spreadsheet copy comes out). */
export const rowsText = (rows: string[][]): string => rows.map((r) => r.join('\t')).join('\n');

/** One cell per line with a leading tab, a blank line between rows (a Word table saved as text). */
export const cellsText = (rows: string[][]): string => rows.map((r) => r.map((c) => `\t${c}`).join('\n')).join('\n\n');

export const brief = (plan: Plan) =>
  plan.tasks.map((t) => ({ no: t.no, category: t.category, requirement: t.requirement, unitsText: t.unitsText, deadlineText: t.deadlineText }));
