// Reads plain-text and Markdown exports of a plan. Tables come in three shapes: one cell per line
// with a leading tab and blank lines between rows (a line without the tab continues the cell), one
// row per line with tab-separated cells, and pipe tables. Text exports lose merged cells, so the
// tables are not exact grids.
import type { Block, GridRow, PlanSource } from '../source.ts';
import { cell } from '../source.ts';
import { hasPipe, isPipeRow, isPipeSeparator, splitPipeRow, stripMarkdown } from './markdown.ts';
import { readTsvRecord } from './tsv.ts';
import { readHtml } from './html.ts';
import { headingKind } from '../table/section-paragraphs.ts';

type LineKind = 'blank' | 'cellLine' | 'rowLine' | 'pipe' | 'text';

function kindOf(line: string): LineKind {
  if (!line.trim()) return line.includes('\t') && line.startsWith('\t') ? 'cellLine' : 'blank';
  if (isPipeRow(line) || isPipeSeparator(line)) return 'pipe';
  const tabs = line.split('\t').length - 1;
  if (tabs === 0) return 'text';
  return tabs === 1 && line.startsWith('\t') ? 'cellLine' : 'rowLine';
}

const where = (index: number) => `第${index + 1}行`;

export function readText(text: string, fileName: string): PlanSource {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const kinds = markEdgelessPipes(lines, lines.map(kindOf));
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const kind = kinds[i];
    if (/^\s*<table[\s>]/i.test(lines[i])) i = readHtmlTable(lines, i, blocks);
    else if (kind === 'cellLine') i = readCellTable(lines, kinds, i, blocks);
    else if (kind === 'rowLine') i = readRowTable(lines, kinds, i, blocks);
    else if (kind === 'pipe') i = readPipeTable(lines, kinds, i, blocks);
    else {
      if (kind === 'text') blocks.push({ kind: 'paragraph', text: stripMarkdown(lines[i]), where: where(i) });
      i++;
    }
  }
  return { fileName, blocks };
}

function readCellTable(lines: string[], kinds: LineKind[], start: number, blocks: Block[]): number {
  const rows: GridRow[] = [];
  let current: GridRow | null = null;
  let i = start;
  for (; i < lines.length; i++) {
    const kind = kinds[i];
    if (kind === 'cellLine' || (kind === 'rowLine' && lines[i].startsWith('\t'))) {
      if (!current) rows.push((current = { cells: [], where: where(i) }));
      for (const part of lines[i].slice(1).split('\t')) current.cells.push(cell(part));
    } else if (kind === 'blank') current = null;
    else if (current && current.cells.length) {
      const last = current.cells[current.cells.length - 1];
      last.text = `${last.text}\n${lines[i]}`;
    } else break;
  }
  blocks.push({ kind: 'table', table: { rows, where: `${where(start)}起的表格`, exactGrid: false } });
  return i;
}

const MAX_LONE_LINE = 40;
// Only a numbered heading: 「附件2」 or a second table's title between two tables ends the first table.
const isShortText = (lines: string[], kinds: LineKind[], i: number) =>
  kinds[i] === 'text' && lines[i].trim().length <= MAX_LONE_LINE && headingKind(lines[i].trim()) >= 0;

/** 「一、主动公开」 then 「（一）决策公开」 on lines of their own between rows of a tab-separated table. */
const isLoneRowLine = (lines: string[], kinds: LineKind[], i: number): boolean =>
  isShortText(lines, kinds, i) && (kinds[i + 1] === 'rowLine' || (isShortText(lines, kinds, i + 1) && kinds[i + 2] === 'rowLine'));

function readRowTable(lines: string[], kinds: LineKind[], start: number, blocks: Block[]): number {
  const rows: GridRow[] = [];
  let i = start;
  while (i < lines.length) {
    if (kinds[i] === 'rowLine' || kinds[i] === 'cellLine') {
      const record = readTsvRecord(lines, i);
      rows.push({ cells: record.cells.map((t) => cell(t)), where: where(i) });
      i = record.next;
    } else if (isLoneRowLine(lines, kinds, i)) {
      // A line without tabs between rows is a row of one cell: a section heading merged across the table.
      rows.push({ cells: [cell(lines[i])], where: where(i) });
      i++;
    } else break;
  }
  blocks.push({ kind: 'table', table: { rows, where: `${where(start)}起的表格`, exactGrid: false } });
  return i;
}

/** Markdown converters write tables with merged cells as raw HTML; those are exact grids. */
function readHtmlTable(lines: string[], start: number, blocks: Block[]): number {
  let end = start;
  while (end < lines.length - 1 && !/<\/table>/i.test(lines[end])) end++;
  for (const block of readHtml(lines.slice(start, end + 1).join('\n'), '').blocks) {
    if (block.kind === 'table') blocks.push({ kind: 'table', table: { ...block.table, where: `${where(start)}起的表格`, rows: block.table.rows.map((r, k) => ({ ...r, where: `${where(start)}起的表格第${k + 1}行` })) } });
    else blocks.push({ ...block, where: where(start) });
  }
  return end + 1;
}

/** Lines with a pipe next to a Markdown separator row belong to the table even without outer pipes. */
function markEdgelessPipes(lines: string[], kinds: LineKind[]): LineKind[] {
  for (let i = 0; i < lines.length; i++) {
    if (!isPipeSeparator(lines[i])) continue;
    if (i > 0 && hasPipe(lines[i - 1])) kinds[i - 1] = 'pipe';
    for (let j = i + 1; j < lines.length && hasPipe(lines[j]) && lines[j].trim(); j++) kinds[j] = 'pipe';
  }
  return kinds;
}

function readPipeTable(lines: string[], kinds: LineKind[], start: number, blocks: Block[]): number {
  const rows: GridRow[] = [];
  let i = start;
  for (; i < lines.length && kinds[i] === 'pipe'; i++) {
    if (isPipeSeparator(lines[i])) continue;
    const cells = splitPipeRow(lines[i]);
    // An all-empty first row is the header Markdown demands of a table that has none.
    if (cells.every((c) => !c.trim())) continue;
    rows.push({ cells: cells.map((t) => cell(t)), where: where(i) });
  }
  if (rows.length) blocks.push({ kind: 'table', table: { rows, where: `${where(start)}起的表格`, exactGrid: false } });
  return i;
}
