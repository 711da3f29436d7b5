// The ledger export as one call, shared by 「导出台账」 and `ledger export`.
import type { Store } from '../store/store.ts';
import { chinaDate, inChina, type Clock } from '../time/china.ts';
import { buildLedger } from './ledger-rows.ts';
import { exportLedgerWorkbook } from './export-workbook.ts';

export async function exportLedger(store: Store, clock: Clock): Promise<{ name: string; bytes: Uint8Array; rows: number }> {
  const now = clock();
  const sheets = buildLedger(store.plans(), store.state(), chinaDate(now));
  const bytes = await exportLedgerWorkbook(sheets, { createdAt: now });
  return { name: `工作台账-${inChina(now).format('YYYYMMDD')}.xlsx`, bytes, rows: sheets.reduce((n, s) => n + s.rows.length, 0) };
}
