// Turns a Word table (w:tbl) into an exact grid: gridBefore/gridAfter become empty positions,
// gridSpan (and the legacy hMerge) widen a cell, vMerge continuations become `continued` cells.
import { cell, type GridCell, type GridRow, type GridTable } from '../../source.ts';
import { attr, childrenOf, pathOf, tagOf, type XNode } from './xml-tree.ts';

// Wrappers that may stand between a table and its rows, or a row and its cells.
const WRAPPERS = new Set(['sdt', 'sdtContent', 'customXml', 'ins', 'moveTo', 'smartTag']);

/** Children named `tag`, looking through content controls and other transparent wrappers. */
export function collect(nodes: XNode[], tag: string, out: XNode[] = []): XNode[] {
  for (const node of nodes) {
    const t = tagOf(node);
    if (t === tag) out.push(node);
    else if (WRAPPERS.has(t)) collect(childrenOf(node), tag, out);
  }
  return out;
}

const intVal = (node: XNode | undefined, fallback: number) => {
  const v = node && attr(node, 'val');
  const n = v === undefined ? NaN : Number.parseInt(v, 10);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
};

const empties = (n: number): GridCell[] => Array.from({ length: n }, () => cell(''));

function readRow(tr: XNode, hasRowAbove: boolean, cellText: (tc: XNode) => string): GridCell[] {
  const trPr = pathOf(tr, 'trPr');
  const cells: GridCell[] = empties(intVal(pathOf(trPr, 'gridBefore'), 0));
  for (const tc of collect(childrenOf(tr), 'tc')) {
    const tcPr = pathOf(tc, 'tcPr');
    const span = Math.max(1, intVal(pathOf(tcPr, 'gridSpan'), 1));
    const hMerge = pathOf(tcPr, 'hMerge');
    const last = cells.at(-1);
    if (hMerge && attr(hMerge, 'val') !== 'restart' && last) {
      last.span += span; // legacy horizontal merge: this cell belongs to the one on its left
      continue;
    }
    const vMerge = pathOf(tcPr, 'vMerge');
    // <w:vMerge/> without val means "continue"; Word ignores any text left in such a cell.
    const continues = vMerge !== undefined && attr(vMerge, 'val') !== 'restart' && hasRowAbove;
    cells.push(cell(continues ? '' : cellText(tc), span, continues));
  }
  cells.push(...empties(intVal(pathOf(trPr, 'gridAfter'), 0)));
  return cells;
}

/** `tableNo` is 1-based in document order; `cellText` renders a cell's block content. */
export function readTable(tbl: XNode, tableNo: number, cellText: (tc: XNode) => string): GridTable {
  const rows: GridRow[] = [];
  let rowNo = 0;
  for (const tr of collect(childrenOf(tbl), 'tr')) {
    rowNo++;
    if (pathOf(tr, 'trPr', 'del')) continue; // a row deleted with track changes on
    rows.push({ cells: readRow(tr, rows.length > 0, cellText), where: `表${tableNo}第${rowNo}行` });
  }
  return { rows, where: `表${tableNo}`, exactGrid: true };
}

/** A nested table flattened into cell text: one line per row, cells separated by a space. */
export function tableAsLines(table: GridTable): string {
  return table.rows
    .map((row) => row.cells.filter((c) => !c.continued && c.text.trim()).map((c) => c.text.replace(/\n/g, ' ')).join(' '))
    .filter(Boolean)
    .join('\n');
}
