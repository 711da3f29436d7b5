import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { buildLedger } from '../../src/ledger/ledger-rows.ts';
import { exportLedgerWorkbook } from '../../src/ledger/export-workbook.ts';
import { readLedgerWorkbook } from '../../src/ledger/read-workbook.ts';
import { diffLedger, isEmptyDiff } from '../../src/ledger/ledger-diff.ts';
import { renderLedgerDiff } from '../../src/ledger/render-diff.ts';
import { applyLedgerDiff } from '../../src/ledger/apply-diff.ts';
import { isUserError } from '../../src/errors.ts';
import type { OpenedStore } from '../../src/store/index.ts';
import { ADMIN, seededStore } from './seed-store.ts';

let store: OpenedStore;
afterEach(() => store?.close());

async function exportedWorkbook(): Promise<ExcelJS.Workbook> {
  store = await seededStore();
  const bytes = await exportLedgerWorkbook(buildLedger(store.plans(), store.state(), '2026-07-10'), { createdAt: new Date() });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

const bytesOf = async (wb: ExcelJS.Workbook) => new Uint8Array(await wb.xlsx.writeBuffer());
const diffOf = async (wb: ExcelJS.Workbook) =>
  diffLedger(store.plans(), store.state(), store.directory(), await readLedgerWorkbook(await bytesOf(wb)));

describe('reading an edited ledger back', () => {
  it('finds nothing to change in an untouched export', async () => {
    const wb = await exportedWorkbook();
    const diff = await diffOf(wb);
    expect(isEmptyDiff(diff)).toBe(true);
    expect(renderLedgerDiff(diff)).toContain('没有需要导入的修改');
  });

  it('sees exactly the unit, deadline and requirement fixes, an added row and a removed row, and keeps completion records', async () => {
    const wb = await exportedWorkbook();
    const ws = wb.worksheets[0];
    ws.getRow(3).getCell(4).value = '县教体局'; // task 1: 县卫生健康局 → 县教育和体育局 (by its alias)
    ws.getRow(4).getCell(5).value = '2026年9月30日前'; // task 2 deadline
    ws.getRow(4).getCell(3).value = '做好重要政策解读工作'; // task 2 requirement
    ws.spliceRows(5, 1); // task 3 removed (it had a completion record)
    ws.addRow([null, '二、新增', '公开重大建设项目批准信息', '县司法局', '长期坚持']);
    const diff = await diffOf(wb);
    const preview = renderLedgerDiff(diff);
    expect(diff.edits).toHaveLength(2);
    expect(diff.edits.find((e) => e.number === 1)).toMatchObject({ unitsAdded: ['县教育和体育局'], unitsRemoved: ['县卫生健康局'] });
    expect(diff.edits.find((e) => e.number === 1)?.requirement).toBeUndefined();
    expect(diff.edits.find((e) => e.number === 2)).toMatchObject({
      requirement: { before: '做好政策解读工作', after: '做好重要政策解读工作' },
      deadline: { before: '长期坚持', after: '2026年9月30日前' },
    });
    expect(diff.removed.map((r) => r.number)).toEqual([3]);
    expect(diff.added).toMatchObject([{ requirement: '公开重大建设项目批准信息', units: ['县司法局'], category: ['二、新增'] }]);
    expect(diff.lostReports).toBe(1);
    expect(diff.keptReports).toBe(1);
    expect(preview).toContain('修改 2 项任务，新增 1 项，删除 1 项');
    expect(preview).toContain('增加责任单位：县教育和体育局');

    const before = store.plans();
    await applyLedgerDiff(store, diff, ADMIN);
    const after = store.plans();
    expect(after).not.toBe(before);
    const units = (taskId: string) => after.assignments.filter((a) => a.taskId === taskId).map((a) => a.unit).sort();
    expect(units('T1')).toEqual(['县教育和体育局', '县财政局'].sort());
    expect(after.plans[0].tasks.map((t) => t.number)).toEqual([1, 2, 4]);
    expect(after.plans[0].tasks[1]).toMatchObject({ requirement: '做好重要政策解读工作', deadlineText: '2026年9月30日前' });
    expect(units('T3')).toEqual([]);
    expect(units('T4')).toEqual(['县司法局']);
    // The completion record of the untouched assignment is still there and still applies.
    const kept = store.state().reports.find((r) => r.assignmentId === 'P1/T1/县财政局');
    expect(kept?.status).toBe('done');
    expect(after.assignments.some((a) => a.id === 'P1/T1/县财政局')).toBe(true);
    // A fresh export of the corrected ledger reads back with nothing more to change.
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(Buffer.from(await exportLedgerWorkbook(buildLedger(after, store.state(), '2026-07-10'), { createdAt: new Date() })) as unknown as ExcelJS.Buffer);
    expect(isEmptyDiff(await diffOf(again))).toBe(true);
  });

  it('lists units it does not know and adds them to the directory on apply', async () => {
    const wb = await exportedWorkbook();
    wb.worksheets[0].getRow(4).getCell(4).value = '县数据局';
    const diff = await diffOf(wb);
    expect(diff.newUnits).toEqual(['县数据局']);
    expect(renderLedgerDiff(diff)).toContain('新单位（将加入单位名录）：县数据局');
    await applyLedgerDiff(store, diff, ADMIN);
    expect(store.directory().units.find((u) => u.name === '县数据局')?.kind).toBe('部门');
  });

  it('reads a unit cell the way the plan parser does: several units, abbreviations, groups', async () => {
    const wb = await exportedWorkbook();
    wb.worksheets[0].getRow(4).getCell(4).value = '县卫健局、县教体局';
    wb.worksheets[0].addRow([null, '', '开展镇街公开专区建设', '各镇', '年底前']);
    const diff = await diffOf(wb);
    expect(diff.edits.find((e) => e.number === 2)).toMatchObject({ unitsAdded: ['县卫生健康局', '县教育和体育局'], unitsRemoved: ['县司法局'] });
    expect(diff.newUnits).toEqual([]);
    expect(diff.added[0].units).toEqual([]);
    expect(diff.notes.join()).toContain('各镇');
  });

  it('refuses a workbook without the ledger header, with a sentence the admin can act on', async () => {
    const wb = await exportedWorkbook();
    wb.worksheets[0].getRow(1).getCell(4).value = '单位';
    const err = await readLedgerWorkbook(await bytesOf(wb)).catch((e) => e);
    expect(isUserError(err)).toBe(true);
    expect(err.message).toContain('缺少表头：责任单位');
  });

  it('refuses bytes that are not a workbook', async () => {
    store = await seededStore();
    const err = await readLedgerWorkbook(new TextEncoder().encode('not a zip')).catch((e) => e);
    expect(isUserError(err)).toBe(true);
  });
});
