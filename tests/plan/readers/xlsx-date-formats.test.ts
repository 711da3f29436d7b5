// Date cells read as the sheet shows them: 「2024年6月30日」 under yyyy"年"m"月"d"日", by exceljs and by
// the plain XML reading alike; the short date as 2024/6/30; other formats stay YYYY-MM-DD.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readXlsx } from '../../../src/plan/readers/xlsx.ts';
import { loadRawWorkbook } from '../../../src/plan/readers/office/xlsx-raw.ts';
import { loadWithExcelJs } from '../../../src/plan/readers/office/xlsx-exceljs.ts';
import { formatChineseDate } from '../../../src/plan/readers/office/xlsx-dates.ts';

async function datedWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('任务');
  ws.addRow(['序号', '工作要求', '责任单位', '完成时限']);
  const formats = ['yyyy"年"m"月"d"日"', 'yyyy"年"mm"月"', 'm"月"d"日";@', 'mm-dd-yy', 'm/d/yy'];
  formats.forEach((numFmt, i) => {
    const row = ws.addRow([i + 1, `要求${i + 1}`, '县政府办公室', new Date(Date.UTC(2024, 5, 30))]);
    row.getCell(4).numFmt = numFmt;
  });
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('Excel date cells', () => {
  it('show the date as their Chinese number format displays it', async () => {
    const src = await readXlsx(await datedWorkbook(), '分解表.xlsx');
    const table = src.blocks.find((b) => b.kind === 'table');
    const deadlines = table?.kind === 'table' ? table.table.rows.slice(1).map((r) => r.cells[3].text) : [];
    // mm-dd-yy is the built-in short date (id 14), which a Chinese system shows as 2024/6/30.
    expect(deadlines).toEqual(['2024年6月30日', '2024年06月', '6月30日', '2024/6/30', '2024-06-30']);
  });

  it('read the same through the plain XML reading', async () => {
    const bytes = await datedWorkbook();
    const plain = loadRawWorkbook(bytes, { notZip: '', encryptedOrLegacy: '', webPage: '' });
    expect(plain.map((s) => [...s.texts.entries()])).toEqual((await loadWithExcelJs(bytes)).map((s) => [...s.texts.entries()]));
  });

  it('leave weekday names, times and locale brackets out', () => {
    expect(formatChineseDate('2024-06-30', '[$-804]yyyy"年"m"月"d"日" aaaa')).toBe('2024年6月30日');
    expect(formatChineseDate('2024-06-30', 'yyyy"年"m"月"d"日" h:mm')).toBe('2024年6月30日');
    expect(formatChineseDate('2024-06-30', 'm/d/yy')).toBeNull();
  });
});
