import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { stageDocument } from '../../src/intake/stage-import.ts';
import { cancelImport, confirmImport } from '../../src/intake/confirm-import.ts';
import { INTAKE_DEFAULTS } from '../../src/intake/intake-settings.ts';
import { buildLedger } from '../../src/ledger/ledger-rows.ts';
import { exportLedgerWorkbook } from '../../src/ledger/export-workbook.ts';
import type { OpenedStore } from '../../src/store/index.ts';
import { ADMIN, seededStore } from '../ledger/seed-store.ts';

let store: OpenedStore;
afterEach(() => store?.close());

let now = Date.parse('2026-07-10T02:00:00Z');
const deps = () => ({ store, clock: () => new Date(now), settings: { ...INTAKE_DEFAULTS, allowedHosts: [] } });

async function editedLedger(): Promise<Uint8Array> {
  store = await seededStore();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await exportLedgerWorkbook(buildLedger(store.plans(), store.state(), '2026-07-10'), { createdAt: new Date() })) as unknown as ExcelJS.Buffer);
  wb.worksheets[0].getRow(4).getCell(4).value = '县财政局';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('a ledger workbook sent back by an admin', () => {
  it('is previewed, waits for 「确认导入」, then applies exactly the edit', async () => {
    const bytes = await editedLedger();
    const staged = await stageDocument(deps(), 'admin1', { name: '台账.xlsx', bytes });
    expect(staged).toMatchObject({ kind: 'ledger', pending: true });
    expect(staged.text).toContain('增加责任单位：县财政局');
    expect(staged.text).toContain('回复「确认导入」写入');
    expect(store.plans().assignments.filter((a) => a.taskId === 'T2').map((a) => a.unit)).toEqual(['县司法局']);
    // Another admin has nothing pending.
    expect(await confirmImport(deps(), 'admin2', ADMIN)).toContain('没有待确认的导入');
    const answer = await confirmImport(deps(), 'admin1', ADMIN);
    expect(answer).toContain('已导入台账修改：修改 1 项任务');
    expect(store.plans().assignments.filter((a) => a.taskId === 'T2').map((a) => a.unit)).toEqual(['县财政局']);
    expect(await confirmImport(deps(), 'admin1', ADMIN)).toContain('没有待确认的导入');
  });

  it('is dropped by 「取消」 and expires after the waiting time', async () => {
    const bytes = await editedLedger();
    await stageDocument(deps(), 'admin1', { name: '台账.xlsx', bytes });
    expect(cancelImport(deps(), 'admin1')).toBe('已取消「台账.xlsx」的导入，没有做任何修改。');
    await stageDocument(deps(), 'admin1', { name: '台账.xlsx', bytes });
    now += INTAKE_DEFAULTS.pendingTtlMs + 1000;
    expect(await confirmImport(deps(), 'admin1', ADMIN)).toBe('「台账.xlsx」的导入预览已过期，没有写入。请重新发送文件。');
    expect(store.plans().assignments.filter((a) => a.taskId === 'T2').map((a) => a.unit)).toEqual(['县司法局']);
  });

  it('refuses to apply when the plans changed after the preview', async () => {
    const bytes = await editedLedger();
    await stageDocument(deps(), 'admin1', { name: '台账.xlsx', bytes });
    await store.updatePlans(ADMIN, (d) => {
      d.assignments = d.assignments.filter((a) => a.taskId !== 'T2');
      return [{ action: 'test', before: null, after: null }];
    });
    await expect(confirmImport(deps(), 'admin1', ADMIN)).rejects.toThrow('预览之后台账数据有了变化');
  });
});
