// Generates genuine Word (.docx) and Excel (.xlsx) plan files with real merged cells from the
// labelled seed tables in tests/fixtures/office/gold, plus broken samples for the error tests.
// Run with `npm run fixtures:plans`; the output is byte-for-byte the same on every run.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType, WidthType } from 'docx';
import { unzipSync, zipSync, strToU8 } from 'fflate';
// A generated cell is written exactly as the readers should report it.
import { cell as c, type GridCell as FixtureCell } from '../src/plan/source.ts';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures', 'office');
const FIXED_TIME = new Date('2024-01-01T00:00:00Z');

interface GoldTask {
  no: string | null;
  category: string[];
  requirement: string;
  unitsText: string;
  deadlineText: string | null;
}

/** One task table as the seed lays it out. `categoryHeaders` has one entry per level, or one spanning all. */
interface TableSpec {
  intro: string[];
  title: string;
  sheetName: string;
  /** Which gold tasks this table holds. */
  rows: 'all' | 'numbered' | 'unnumbered';
  levels: number;
  categoryHeaders: string[];
  requirementHeader: string;
  unitsHeader: string;
  /** Write the 序号 column as a Word numbered list (docx only), as many offices do. */
  autoNumber?: boolean;
}

interface DocSpec {
  gold: string;
  paragraphs: string[];
  tables: TableSpec[];
  /** Split the first table's body here into two tables with the header repeated (docx only). */
  splitAt?: number;
}

/** How each seed lays out its tables; kept as data next to the gold labels they describe. */
export const DOCS: DocSpec[] = JSON.parse(readFileSync(join(OUT, 'layouts.json'), 'utf8'));

const ROWS: Record<TableSpec['rows'], (t: GoldTask) => boolean> = {
  all: () => true,
  numbered: (t) => t.no !== null, // an annex with a 序号 column
  unnumbered: (t) => t.no === null,
};

export function headerRow(spec: TableSpec, tasks: GoldTask[]): FixtureCell[] {
  const row: FixtureCell[] = [];
  if (tasks.some((t) => t.no !== null)) row.push(c('序号'));
  if (spec.categoryHeaders.length === 1) row.push(c(spec.categoryHeaders[0], spec.levels));
  else row.push(...spec.categoryHeaders.map((h) => c(h)));
  row.push(c(spec.requirementHeader), c(spec.unitsHeader));
  if (tasks.some((t) => t.deadlineText !== null)) row.push(c('时限要求'));
  return row;
}

// Real cells wrap long text by hand: a long category is broken over two lines, and an enumerated
// requirement (「包括：1.…；2.…」) puts each item in its own paragraph. The parser must join them again.
function wrapCategory(text: string): string {
  if (text.length <= 12) return text;
  let at = Math.floor(text.length / 2);
  while (at < text.length - 1 && /[\x00-\x7f]/.test(text[at - 1] + text[at])) at++;
  return `${text.slice(0, at)}\n${text.slice(at)}`;
}

const wrapRequirement = (text: string) => text.replace(/(?<=[：；;])(?=\d+[.．])/g, '\n');

const samePrefix = (a: string[], b: string[], n: number) => a.length >= n && b.length >= n && a.slice(0, n).join('\u0001') === b.slice(0, n).join('\u0001');

/**
 * Body rows with real merges: equal category cells under the same parent merge vertically, a short
 * category path spans the remaining levels, equal unit and deadline cells merge within a top-level block.
 */
export function bodyRows(spec: TableSpec, tasks: GoldTask[]): FixtureCell[][] {
  const hasNo = tasks.some((t) => t.no !== null);
  const hasDeadline = tasks.some((t) => t.deadlineText !== null);
  return tasks.map((t, i) => {
    const prev = i > 0 ? tasks[i - 1] : undefined;
    const row: FixtureCell[] = [];
    if (hasNo) row.push(c(t.no ?? ''));
    const k = Math.max(1, t.category.length);
    for (let level = 0; level < k; level++) {
      const span = level === k - 1 ? spec.levels - k + 1 : 1;
      const prevSpan = prev && prev.category.length > level ? (level === prev.category.length - 1 ? spec.levels - prev.category.length + 1 : 1) : 0;
      const merged = !!prev && samePrefix(t.category, prev.category, level + 1) && span === prevSpan;
      row.push(c(merged ? '' : wrapCategory(t.category[level] ?? ''), span, merged));
    }
    const sameBlock = !!prev && samePrefix(t.category, prev.category, 1);
    row.push(c(wrapRequirement(t.requirement)));
    const unitsMerged = sameBlock && prev!.unitsText === t.unitsText;
    row.push(c(unitsMerged ? '' : t.unitsText, 1, unitsMerged));
    if (hasDeadline) {
      const deadlineMerged = sameBlock && prev!.deadlineText === t.deadlineText;
      row.push(c(deadlineMerged ? '' : (t.deadlineText ?? ''), 1, deadlineMerged));
    }
    return row;
  });
}

/** Column start of every cell, so a merge can be followed down the rows. */
const starts = (row: FixtureCell[]) => row.reduce<number[]>((acc, cell, i) => [...acc, i === 0 ? 0 : acc[i - 1] + row[i - 1].span], []);

const AUTO_NUMBER = 'task-no';

/** `autoNumber`: the first column of body rows is a numbered list, so its text comes from numbering.xml. */
function docxTable(rows: FixtureCell[][], headerRows: number, autoNumber = false): Table {
  const width = rows[0].reduce((n, cell) => n + cell.span, 0);
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: Array.from({ length: width }, () => Math.floor(9000 / width)),
    rows: rows.map((row, r) => {
      const nextContinued = new Set(
        (rows[r + 1] ?? []).map((cell, i) => (cell.continued ? starts(rows[r + 1])[i] : -1)),
      );
      return new TableRow({
        tableHeader: r < headerRows,
        children: row.map((cell, i) => {
          const restart = !cell.continued && nextContinued.has(starts(row)[i]);
          return new TableCell({
            columnSpan: cell.span > 1 ? cell.span : undefined,
            verticalMerge: cell.continued ? VerticalMergeType.CONTINUE : restart ? VerticalMergeType.RESTART : undefined,
            children:
              autoNumber && i === 0 && r >= headerRows
                ? [new Paragraph({ numbering: { reference: AUTO_NUMBER, level: 0 } })]
                : cell.text.split('\n').map((line) => new Paragraph(line)),
          });
        }),
      });
    }),
  });
}

/** Re-packs a zip with fixed timestamps and creation dates, so regenerating changes no bytes. */
function normalizeZip(bytes: Uint8Array): Uint8Array {
  const entries = unzipSync(bytes);
  const out: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const [name, data] of Object.entries(entries)) {
    let body = data;
    if (name === 'docProps/core.xml') {
      const xml = new TextDecoder().decode(data).replace(/(<dcterms:(created|modified)[^>]*>)[^<]*/g, '$12024-01-01T00:00:00Z');
      body = strToU8(xml);
    }
    out[name] = [body, { mtime: FIXED_TIME }];
  }
  return zipSync(out, { level: 6 });
}

export function tablesOf(doc: DocSpec, gold: GoldTask[]) {
  return doc.tables.map((spec) => {
    const tasks = gold.filter(ROWS[spec.rows]);
    return { spec, tasks, header: headerRow(spec, tasks), body: bodyRows(spec, tasks) };
  });
}

async function makeDocx(doc: DocSpec, gold: GoldTask[]): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = doc.paragraphs.map((p) => new Paragraph(p));
  for (const [n, { spec, tasks, header }] of tablesOf(doc, gold).entries()) {
    children.push(...spec.intro.map((p) => new Paragraph(p)));
    const split = n === 0 && doc.splitAt ? doc.splitAt : tasks.length;
    // A page break repeats the header and restates merged cells, as a table continued on a new page.
    for (const part of [tasks.slice(0, split), tasks.slice(split)].filter((p) => p.length)) {
      // Auto numbers only where the written 序号 are exactly 1, 2, 3 … in order.
      const autoNumber = !!spec.autoNumber && part.every((t, i) => t.no === String(i + 1));
      children.push(docxTable([header, ...bodyRows(spec, part)], 1, autoNumber), new Paragraph(''));
    }
  }
  const document = new Document({
    creator: 'duban-bot fixtures',
    numbering: { config: [{ reference: AUTO_NUMBER, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1', alignment: AlignmentType.CENTER }] }] },
    sections: [{ children }],
  });
  return normalizeZip(new Uint8Array(await Packer.toBuffer(document)));
}

async function makeXlsx(doc: DocSpec, gold: GoldTask[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'duban-bot fixtures';
  workbook.created = workbook.modified = FIXED_TIME;
  for (const { spec, header, body } of tablesOf(doc, gold)) {
    const ws = workbook.addWorksheet(spec.sheetName);
    const width = header.reduce((n, cell) => n + cell.span, 0);
    ws.getCell(1, 1).value = spec.intro.length > 1 ? spec.intro[0] : doc.paragraphs[0];
    ws.getCell(2, 1).value = spec.title;
    ws.mergeCells(2, 1, 2, width); // the title row spans the table, as such sheets are laid out
    const rows = [header, ...body];
    rows.forEach((row, r) => {
      const at = starts(row);
      row.forEach((cell, i) => {
        if (cell.continued) return;
        const excelRow = r + 3;
        const col = at[i] + 1;
        ws.getCell(excelRow, col).value = cell.text;
        let bottom = r;
        while (rows[bottom + 1]?.some((below, j) => below.continued && starts(rows[bottom + 1])[j] === at[i])) bottom++;
        if (bottom > r || cell.span > 1) ws.mergeCells(excelRow, col, bottom + 3, col + cell.span - 1);
      });
    });
    ws.columns.forEach((column) => {
      column.width = 18;
      column.alignment = { wrapText: true, vertical: 'middle' };
    });
  }
  return normalizeZip(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

/** Broken inputs the readers must refuse with a Chinese message. */
function badSamples(goodDocx: Uint8Array): Record<string, Uint8Array> {
  const text = strToU8('这不是 Word 文档，只是改了扩展名的文本文件。\n');
  const ole = new Uint8Array(4096);
  ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const emptyBody = '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p/><w:sectPr/></w:body></w:document>';
  const zip = (files: Record<string, string>) =>
    zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, [strToU8(v), { mtime: FIXED_TIME }]])));
  return {
    'truncated.docx': goodDocx.slice(0, Math.floor(goodDocx.length / 2)),
    'renamed-text.docx': text,
    'renamed-text.xlsx': text,
    'encrypted-ole.docx': ole,
    'encrypted-ole.xlsx': ole,
    'no-document.docx': zip({ '[Content_Types].xml': '<Types/>', 'word/styles.xml': '<w:styles/>' }),
    'empty-body.docx': zip({ 'word/document.xml': emptyBody }),
    'no-sheets.xlsx': zip({ '[Content_Types].xml': '<Types/>', 'docProps/app.xml': '<Properties/>' }),
  };
}

async function main(): Promise<void> {
  process.env.TZ = 'UTC'; // zip entry times are written in local time
  mkdirSync(join(OUT, 'bad'), { recursive: true });
  let firstDocx: Uint8Array | undefined;
  for (const doc of DOCS) {
    const gold = (JSON.parse(readFileSync(join(OUT, 'gold', `${doc.gold}.json`), 'utf8')) as { tasks: GoldTask[] }).tasks;
    const docx = await makeDocx(doc, gold);
    firstDocx ??= docx;
    writeFileSync(join(OUT, `${doc.gold}.docx`), docx);
    writeFileSync(join(OUT, `${doc.gold}.xlsx`), await makeXlsx(doc, gold));
    console.log(`已生成 ${doc.gold}.docx / .xlsx（${gold.length} 条任务）`);
  }
  for (const [name, bytes] of Object.entries(badSamples(firstDocx!))) writeFileSync(join(OUT, 'bad', name), bytes);
  console.log(`已生成 bad/ 下的损坏样例，输出目录：${OUT}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
