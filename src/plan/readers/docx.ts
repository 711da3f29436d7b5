// Reads a Word document (.docx) into paragraphs and tables in reading order, with merged cells
// made explicit, for the plan parser. Only word/document.xml (plus list numbering) is read.
import { UserError } from '../../errors.ts';
import type { Block, PlanSource } from '../source.ts';
import { unzipEntries, utf8, type PackageMessages } from './office/open-zip.ts';
import { childrenOf, findDeep, parseXml, tagOf, type XNode } from './office/xml-tree.ts';
import { paragraphText } from './office/docx-runs.ts';
import { slimWordXml } from './office/slim-word-xml.ts';
import { DOCUMENT_RELS, embeddedWorkbookId, isEmbeddedWorkbook, readEmbeddedWorkbooks } from './office/docx-embedded.ts';
import { readXlsx } from './xlsx.ts';
import { collect, readTable, tableAsLines } from './office/docx-table.ts';
import { createListCounter, readNumbering } from './office/docx-numbering.ts';

const MESSAGES: PackageMessages = {
  webPage: '这个文件其实是网页（HTML）格式，只是扩展名为 .docx。请把扩展名改为 .html 后重新导入，或用 Word 打开后另存为 .docx',
  notZip: '文件已损坏或不是 Word 文档（.docx），请用 Word 打开后另存为 .docx 再导入',
  encryptedOrLegacy:
    '文件是加密的 Word 文档或旧版 .doc 格式，无法读取。请在 Word 中取消密码保护，另存为 .docx 后再导入',
};

const DOCUMENT = 'word/document.xml';
const PARTS = new Set([DOCUMENT, 'word/numbering.xml', 'word/styles.xml']);

// Block-level wrappers whose content is read as if it stood in their place.
const BLOCK_WRAPPERS = new Set(['sdt', 'sdtContent', 'customXml', 'ins', 'moveTo', 'smartTag']);

function readBody(bytes: Uint8Array): { body: XNode; parts: Record<string, Uint8Array> } {
  const parts = unzipEntries(bytes, (name) => PARTS.has(name) || name === DOCUMENT_RELS || isEmbeddedWorkbook(name), MESSAGES);
  if (!parts[DOCUMENT]) {
    throw new UserError('这个压缩包里没有 Word 正文（word/document.xml），不是 Word 文档（.docx）。请用 Word 另存为 .docx 后再导入');
  }
  let body: XNode | undefined;
  try {
    body = findDeep(parseXml(slimWordXml(utf8(parts[DOCUMENT]))), 'body');
  } catch {
    body = undefined;
  }
  if (!body) throw new UserError(MESSAGES.notZip);
  return { body, parts };
}

interface Handlers {
  /** An Excel object in a paragraph, by relationship id. */
  embedded: (id: string) => void;
  paragraph: (text: string) => void;
  table: (tbl: XNode) => void;
}

/** The only cell of a 1×1 table that holds a table itself: a frame drawn around the real content. */
function frameCell(tbl: XNode): XNode | undefined {
  const rows = collect(childrenOf(tbl), 'tr');
  const cells = rows.length === 1 ? collect(childrenOf(rows[0]), 'tc') : [];
  return cells.length === 1 && collect(childrenOf(cells[0]), 'tbl').length > 0 ? cells[0] : undefined;
}

export async function readDocx(bytes: Uint8Array, fileName: string): Promise<PlanSource> {
  const { body: root, parts } = readBody(bytes);
  const text = (name: string) => (parts[name] ? utf8(parts[name]) : undefined);
  const labelFor = createListCounter(readNumbering(text('word/numbering.xml'), text('word/styles.xml')));
  const embedded = await readEmbeddedWorkbooks(parts, readXlsx);
  const blocks: Block[] = [];
  let paragraphNo = 0;
  let tableNo = 0;

  // Text of block content inside a cell: paragraphs as lines, nested tables flattened to lines.
  const cellText = (tc: XNode): string => {
    const lines: string[] = [];
    walk(childrenOf(tc), {
      embedded: () => undefined,
      paragraph: (t) => lines.push(t),
      table: (tbl) => lines.push(tableAsLines(readTable(tbl, tableNo, cellText))),
    });
    return lines.join('\n');
  };

  const body: Handlers = {
    embedded: (id) => {
      for (const block of embedded.get(id) ?? []) {
        if (block.kind === 'paragraph') blocks.push({ ...block, where: `嵌入的 Excel 表格${block.where}` });
        else {
          tableNo++;
          const rows = block.table.rows.map((row) => ({ ...row, where: `表${tableNo}（嵌入的 Excel 表格）${row.where}` }));
          blocks.push({ kind: 'table', table: { ...block.table, rows, where: `表${tableNo}（嵌入的 Excel 表格）` } });
        }
      }
    },
    paragraph: (t) => {
      if (!t.trim()) return; // empty paragraphs are layout, not content
      paragraphNo++;
      blocks.push({ kind: 'paragraph', text: t, where: `正文第${paragraphNo}段` });
    },
    table: (tbl) => {
      const frame = frameCell(tbl);
      if (frame) return walk(childrenOf(frame), body); // a one-cell table used as a page frame
      tableNo++;
      blocks.push({ kind: 'table', table: readTable(tbl, tableNo, cellText) });
    },
  };
  walk(childrenOf(root), body);

  if (blocks.length === 0) {
    throw new UserError('这个 Word 文档里没有文字也没有表格，请确认选对了文件');
  }
  return { fileName, blocks };

  function walk(nodes: XNode[], on: Handlers): void {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (tag === 'p') {
        on.paragraph(paragraphText(node, labelFor));
        const id = embedded.size ? embeddedWorkbookId(node) : undefined;
        if (id) on.embedded(id);
      }
      else if (tag === 'tbl') on.table(node);
      else if (BLOCK_WRAPPERS.has(tag)) walk(childrenOf(node), on);
    }
  }
}
