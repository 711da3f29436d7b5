// Reads an Excel workbook (.xlsx) for the plan parser: each visible worksheet with content becomes
// its name as a paragraph, its leading title rows as paragraphs, and the rest as one exact table.
import { UserError } from '../../errors.ts';
import type { Block, GridRow, PlanSource } from '../source.ts';
import { assertZipPackage, type PackageMessages } from './office/open-zip.ts';
import { sheetRows, type SheetRow } from './office/xlsx-grid.ts';
import type { SheetData } from './office/sheet-data.ts';
import { loadWithExcelJs } from './office/xlsx-exceljs.ts';
import { loadRawWorkbook } from './office/xlsx-raw.ts';

const MESSAGES: PackageMessages = {
  webPage: '这个文件其实是网页（HTML）格式，只是扩展名为 .xlsx。请把扩展名改为 .html 后重新导入，或用 Excel 打开后另存为 .xlsx',
  notZip: '文件已损坏或不是 Excel 工作簿（.xlsx），请用 Excel 打开后另存为 .xlsx 再导入',
  encryptedOrLegacy:
    '文件是加密的 Excel 工作簿或旧版 .xls 格式，无法读取。请在 Excel 中取消密码保护，另存为 .xlsx 后再导入',
};

const filled = (row: SheetRow) => row.cells.filter((c) => c.text.trim());

// A title such as 「2023年XX县政务公开重点工作任务分解表」 sits alone in its row above the header.
const isTitleRow = (row: SheetRow) => filled(row).length === 1 && !row.cells.some((c) => c.continued);
// A note under the table (「注：…」) is one cell merged across the whole width.
const isFullWidthNote = (row: SheetRow) => row.cells.length === 1 && row.cells[0].span > 1 && filled(row).length === 1;

function sheetBlocks(ws: SheetData): Block[] {
  const rows = sheetRows(ws);
  if (rows.length === 0) return [];
  const sheet = `工作表“${ws.name}”`;
  const paragraph = (row: SheetRow): Block => ({ kind: 'paragraph', text: filled(row)[0].text, where: `${sheet}第${row.rowNo}行` });

  const blocks: Block[] = [{ kind: 'paragraph', text: ws.name, where: sheet }];
  let first = 0;
  while (first < rows.length - 1 && isTitleRow(rows[first])) blocks.push(paragraph(rows[first++]));
  let end = rows.length;
  while (end > first + 1 && isFullWidthNote(rows[end - 1])) end--;

  const tableRows: GridRow[] = rows.slice(first, end).map((r) => ({ cells: r.cells, where: `${sheet}第${r.rowNo}行` }));
  blocks.push({ kind: 'table', table: { rows: tableRows, where: sheet, exactGrid: true } });
  blocks.push(...rows.slice(end).map(paragraph));
  return blocks;
}

/** exceljs first; a plain XML reading when it refuses a package the standard allows. */
async function loadSheets(bytes: Uint8Array): Promise<SheetData[]> {
  try {
    return await loadWithExcelJs(bytes);
  } catch {
    try {
      return loadRawWorkbook(bytes, MESSAGES);
    } catch {
      throw new UserError(MESSAGES.notZip);
    }
  }
}

export async function readXlsx(bytes: Uint8Array, fileName: string): Promise<PlanSource> {
  assertZipPackage(bytes, MESSAGES);
  const blocks = (await loadSheets(bytes)).filter((ws) => ws.visible).flatMap(sheetBlocks);
  if (blocks.length === 0) {
    throw new UserError('这个 Excel 工作簿里没有任何有内容的工作表，请确认选对了文件');
  }
  return { fileName, blocks };
}
