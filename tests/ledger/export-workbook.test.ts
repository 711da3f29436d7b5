import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { buildLedger } from '../../src/ledger/ledger-rows.ts';
import { exportLedgerWorkbook } from '../../src/ledger/export-workbook.ts';
import { seededStore } from './seed-store.ts';
import type { OpenedStore } from '../../src/store/index.ts';

let store: OpenedStore;
afterEach(() => store?.close());

async function exported(today: string): Promise<ExcelJS.Workbook> {
  store = await seededStore();
  const bytes = await exportLedgerWorkbook(buildLedger(store.plans(), store.state(), today), { createdAt: new Date('2026-07-10T01:00:00Z') });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

describe('ledger export', () => {
  it('has one sheet per plan with one row per assignment under the agreed headers, then a summary by unit', async () => {
    const wb = await exported('2026-07-10');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['P1 2026年政务公开工作要点', '按单位汇总']);
    const ws = wb.worksheets[0];
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['序号', '工作任务', '具体要求', '责任单位', '时限要求', '状态', '完成时间', '佐证链接', '报送人']);
    expect(ws.rowCount).toBe(1 + 4);
    const units = [2, 3, 4, 5].map((n) => `${ws.getRow(n).getCell(1).text} ${ws.getRow(n).getCell(4).text}`);
    expect(units).toEqual(['1 县财政局', '1 县卫生健康局', '2 县司法局', '3 县财政局']);
  });

  it('shows completion time in China time, the evidence link and the reporter; open past-due rows are highlighted', async () => {
    const wb = await exported('2026-07-10');
    const ws = wb.worksheets[0];
    const done = ws.getRow(2);
    expect(done.getCell(6).text).toBe('已完成');
    expect(done.getCell(7).text).toBe('2026-03-01 10:00');
    expect(done.getCell(8).text).toBe('https://gov.example/a');
    expect(done.getCell(9).text).toBe('liaison-cz');
    const late = ws.getRow(3);
    expect(late.getCell(6).text).toBe('已逾期10天');
    expect((late.getCell(3).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    expect(ws.getRow(4).getCell(6).text).toBe('未完成');
    expect(ws.getRow(4).getCell(5).text).toBe('长期坚持');
    expect((ws.getRow(4).getCell(3).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).toBeUndefined();
  });

  it('is readable: frozen header, set widths, wrapped text', async () => {
    const ws = (await exported('2026-07-10')).worksheets[0];
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(3).width).toBeGreaterThanOrEqual(40);
    expect(ws.getRow(2).getCell(3).alignment?.wrapText).toBe(true);
  });

  it('sums up each unit across plans, units with overdue work first', async () => {
    const ws = (await exported('2026-07-10')).getWorksheet('按单位汇总')!;
    const rows = [2, 3, 4].map((n) => (ws.getRow(n).values as unknown[]).slice(1, 6));
    expect(rows).toEqual([
      ['县卫生健康局', 1, 0, 1, 1],
      ['县司法局', 1, 0, 1, 0],
      ['县财政局', 2, 2, 0, 0],
    ]);
  });
});
