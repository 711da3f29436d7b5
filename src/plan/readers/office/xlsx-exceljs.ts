// Opens a workbook with exceljs, the library made for it, and reduces each sheet to SheetData.
import ExcelJS from 'exceljs';
import { cellText } from './xlsx-cell-text.ts';
import { parseRange, setText, type CellRange, type SheetData } from './sheet-data.ts';

export async function loadWithExcelJs(bytes: Uint8Array): Promise<SheetData[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets.map((ws) => {
    const texts: SheetData['texts'] = new Map();
    ws.eachRow({ includeEmpty: false }, (row, rowNo) => {
      row.eachCell({ includeEmpty: false }, (c, col) => {
        if (c.isMerged && c.master.address !== c.address) return; // exceljs repeats the master's value here
        const text = cellText(c);
        if (text.trim()) setText(texts, rowNo, col, text);
      });
    });
    const merges = ((ws.model as { merges?: string[] }).merges ?? []).map(parseRange).filter((r): r is CellRange => !!r);
    return { name: ws.name, visible: !ws.state || ws.state === 'visible', texts, merges };
  });
}
