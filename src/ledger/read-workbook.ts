// Reads an edited ledger workbook back: for each plan sheet, the editable cells of every row.
// Columns are found by their header text, so an admin may reorder or hide columns.
import ExcelJS from 'exceljs';
import { UserError } from '../errors.ts';
import { LEDGER_COLUMNS, planIdOfSheet, type LedgerColumnKey } from './columns.ts';

export interface LedgerInputRow {
  /** 序号 as a task number, or null for a new row the admin added without one. */
  number: number | null;
  category: string;
  requirement: string;
  unit: string;
  deadline: string;
  /** e.g. 「P1 第5行」, for messages. */
  where: string;
}

export interface LedgerInputSheet {
  planId: string;
  sheetName: string;
  rows: LedgerInputRow[];
}

const REQUIRED: LedgerColumnKey[] = ['number', 'requirement', 'unit'];

function headerColumns(ws: ExcelJS.Worksheet): Map<LedgerColumnKey, number> {
  const found = new Map<LedgerColumnKey, number>();
  ws.getRow(1).eachCell((cell, col) => {
    const text = cell.text.replace(/\s/g, '');
    const column = LEDGER_COLUMNS.find((c) => c.header === text);
    if (column && !found.has(column.key)) found.set(column.key, col);
  });
  return found;
}

const cellText = (row: ExcelJS.Row, col: number | undefined): string =>
  col === undefined ? '' : row.getCell(col).text.trim();

function parseNumber(text: string, where: string): number | null {
  if (!text) return null;
  const n = Number(text.replace(/[^\d.]/g, ''));
  if (!Number.isInteger(n) || n <= 0) throw new UserError(`${where}：序号「${text}」不是任务编号，请填写数字或留空（留空表示新增任务）。`);
  return n;
}

function readSheet(ws: ExcelJS.Worksheet, planId: string): LedgerInputSheet {
  const cols = headerColumns(ws);
  const missing = REQUIRED.filter((k) => !cols.has(k)).map((k) => LEDGER_COLUMNS.find((c) => c.key === k)!.header);
  if (missing.length) throw new UserError(`工作表「${ws.name}」缺少表头：${missing.join('、')}。请保留导出时的第一行表头。`);
  const rows: LedgerInputRow[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const where = `${ws.name} 第${n}行`;
    const r = {
      number: parseNumber(cellText(row, cols.get('number')), where),
      category: cellText(row, cols.get('category')),
      requirement: cellText(row, cols.get('requirement')),
      unit: cellText(row, cols.get('unit')),
      deadline: cellText(row, cols.get('deadline')),
      where,
    };
    if (r.number === null && !r.requirement && !r.unit) return; // a blank or formatting-only row
    rows.push(r);
  });
  return { planId, sheetName: ws.name, rows };
}

export async function readLedgerWorkbook(bytes: Uint8Array): Promise<LedgerInputSheet[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    throw new UserError('无法读取这个 Excel 文件：请发送由「导出台账」生成、用 Excel 或 WPS 保存的 .xlsx 文件。');
  }
  const sheets = wb.worksheets.flatMap((ws) => {
    const planId = planIdOfSheet(ws.name);
    return planId ? [readSheet(ws, planId)] : [];
  });
  if (sheets.length === 0) throw new UserError('这个工作簿里没有台账工作表（工作表名应以计划编号开头，如「P1 …」）。');
  return sheets;
}
