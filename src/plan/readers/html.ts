// Reads an HTML plan (a web page or a word processor's 「另存为网页」): block elements become
// paragraphs, tables become exact grids with colspan as span and rowspan as continued cells below.
import { parse, NodeType, type HTMLElement, type Node } from 'node-html-parser';
import type { Block, GridCell, GridRow, GridTable, PlanSource } from '../source.ts';
import { cell } from '../source.ts';
import { inlineHtmlToText } from './markdown.ts';

const BLOCK_TAGS = new Set(['P', 'DIV', 'TD', 'TH', 'TABLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'CAPTION', 'TR', 'BODY', 'CENTER', 'DT', 'DD']);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'HEAD', 'TITLE', 'NOSCRIPT', 'TEMPLATE']);

export function readHtml(html: string, fileName: string): PlanSource {
  const cleaned = html.replace(/^\uFEFF/, '').replace(/<!doctype[^>]*>/gi, '').replace(/<!--[\s\S]*?-->/g, '');
  const root = parse(cleaned, { blockTextElements: { script: false, style: false, pre: true } });
  const blocks: Block[] = [];
  let buffer = '';
  let tables = 0;
  let paragraphs = 0;
  const flush = () => {
    for (const line of buffer.split('\n')) {
      if (line.trim()) blocks.push({ kind: 'paragraph', text: line.trim(), where: `第${++paragraphs}段` });
    }
    buffer = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      buffer += node.text.replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const element = node as HTMLElement;
    const tag = element.tagName ?? '';
    if (SKIPPED_TAGS.has(tag)) return;
    if (tag === 'BR') {
      buffer += '\n';
      return;
    }
    // Old government sites lay out a whole page in a table; only tables without tables inside hold data.
    if (tag === 'TABLE' && !element.querySelector('table')) {
      flush();
      tables++;
      blocks.push({ kind: 'table', table: readTable(element, `第${tables}个表格`) });
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) buffer += '\n';
    for (const child of element.childNodes) walk(child);
    if (block) buffer += '\n';
  };
  walk(root);
  flush();
  return { fileName, blocks };
}

/** The rows of a table, not of tables nested in its cells. */
function ownRows(table: HTMLElement): HTMLElement[] {
  const rows: HTMLElement[] = [];
  const visit = (element: HTMLElement) => {
    for (const child of element.childNodes) {
      if (child.nodeType !== NodeType.ELEMENT_NODE) continue;
      const el = child as HTMLElement;
      if (el.tagName === 'TR') rows.push(el);
      else if (el.tagName !== 'TABLE') visit(el);
    }
  };
  visit(table);
  return rows;
}

const spanOf = (el: HTMLElement, name: string) => Math.max(1, Math.min(1000, Number.parseInt(el.getAttribute(name) ?? '1', 10) || 1));

function readTable(table: HTMLElement, where: string): GridTable {
  // Cells still covered by a rowspan from above, by grid column: rows left and width.
  const carried = new Map<number, { rows: number; span: number }>();
  const rows: GridRow[] = ownRows(table).map((tr, index) => {
    const cells: GridCell[] = [];
    let column = 0;
    const emitCarried = () => {
      for (let c = carried.get(column); c; c = carried.get(column)) {
        cells.push(cell('', c.span, true));
        if (--c.rows === 0) carried.delete(column);
        column += c.span;
      }
    };
    for (const td of tr.childNodes) {
      if (td.nodeType !== NodeType.ELEMENT_NODE) continue;
      const el = td as HTMLElement;
      if (el.tagName !== 'TD' && el.tagName !== 'TH') continue;
      emitCarried();
      const span = spanOf(el, 'colspan');
      const rowspan = spanOf(el, 'rowspan');
      cells.push(cell(inlineHtmlToText(el.innerHTML), span));
      if (rowspan > 1) carried.set(column, { rows: rowspan - 1, span });
      column += span;
    }
    // Cells merged from above at the end of the row, past its last own cell.
    const last = Math.max(-1, ...[...carried.keys()].filter((c) => c >= column));
    while (column <= last) {
      if (carried.has(column)) emitCarried();
      else {
        cells.push(cell(''));
        column++;
      }
    }
    return { cells, where: `${where}第${index + 1}行` };
  });
  return { rows, where, exactGrid: true };
}
