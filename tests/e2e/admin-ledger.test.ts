// The ledger round trip and the plan lifecycle end to end: export from the chat through a signed link
// served by the bot, edit with exceljs, send the workbook back, confirm; archive a plan.
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, startLiveAdminBot, type LiveAdminBot } from '../intake/live-admin-bot.ts';

let live: LiveAdminBot;
afterEach(() => live?.close());

const LIAISON = 'sifa-liaison';

async function withImportedPlan(): Promise<void> {
  live = await startLiveAdminBot();
  const seed = await readFile(new URL('../fixtures/seeds/000_20bb31a74edcb18b.txt', import.meta.url));
  await live.say(ADMIN, `导入计划 ${live.standIn.servePage('/plan.txt', seed, 'text/plain; charset=utf-8')}`);
  expect((await live.say(ADMIN, '确认导入')).now).toContain('任务编号');
}

const numbersOf = (unit: string) => {
  const { plans, assignments } = live.store.plans();
  const tasks = new Map(plans[0].tasks.map((t) => [t.id, t.number]));
  return assignments.filter((a) => a.unit === unit).map((a) => tasks.get(a.taskId)!).sort((a, b) => a - b);
};

async function downloadLedger(): Promise<ExcelJS.Workbook> {
  const answer = (await live.say(ADMIN, '导出台账')).later.join('\n');
  const link = /\((http:\/\/127\.0\.0\.1:\d+\/download\/[^)]+)\)/.exec(answer)?.[1];
  expect(link, answer).toBeTruthy();
  const res = await fetch(link!);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('spreadsheetml');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ExcelJS.Buffer);
  // The signed link refuses tampering.
  expect((await fetch(link!.replace(/sig=[^&]+/, 'sig=forged'))).status).toBe(404);
  return wb;
}

/** Row numbers in the sheet of the rows for one task number. */
const rowsOf = (ws: ExcelJS.Worksheet, n: number) => {
  const rows: number[] = [];
  ws.eachRow((row, i) => { if (i > 1 && Number(row.getCell(1).text) === n) rows.push(i); });
  return rows;
};

describe('the ledger from the chat', () => {
  it('exports, takes back exactly the edits made in Excel after 「确认导入」, and keeps completion records', async () => {
    await withImportedPlan();
    expect((await live.say(ADMIN, `设置联络员 ${LIAISON} 县司法局`)).now).toContain('已设置');
    const [done1, done2] = numbersOf('县司法局');
    expect((await live.say(LIAISON, `完成 ${done1} https://gov.cn/e1`)).now).toContain('✅');
    expect((await live.say(LIAISON, `完成 ${done2}`)).now).toContain('✅');

    const wb = await downloadLedger();
    const ws = wb.worksheets[0];
    const doneRow = ws.getRow(rowsOf(ws, done1).find((r) => ws.getRow(r).getCell(4).text === '县司法局')!);
    expect(doneRow.getCell(6).text).toBe('已完成');
    expect(doneRow.getCell(8).text).toBe('https://gov.cn/e1');
    expect(wb.getWorksheet('按单位汇总')).toBeTruthy();

    // The office's corrections: a deadline and a requirement on the completed task, the unit of
    // another task's row, one task removed, one task added.
    const plan = live.store.plans().plans[0];
    const [, , , edited, removed] = plan.tasks.map((t) => t.number);
    doneRow.getCell(5).value = '2026年6月30日前';
    doneRow.getCell(3).value = '修订后的具体要求';
    const editedRow = ws.getRow(rowsOf(ws, edited)[0]);
    const oldUnit = editedRow.getCell(4).text;
    editedRow.getCell(4).value = '县大数据中心';
    for (const r of rowsOf(ws, removed).reverse()) ws.spliceRows(r, 1);
    ws.addRow([null, '新增任务', '建立政务公开台账月报制度', '县政府办公室', '每月']);
    const edited1 = new Uint8Array(await wb.xlsx.writeBuffer());

    const before = live.store.plans();
    const preview = (await live.sendFile(ADMIN, edited1, '台账-修改.xlsx')).later.join('\n');
    expect(preview).toContain('修改');
    expect(preview).toContain(`时限要求：「`);
    expect(preview).toMatch(/新单位（将加入单位名录）：.*县大数据中心/);
    expect(preview).toContain(`删除 任务${removed}`);
    expect(live.store.plans()).toBe(before); // nothing written yet

    const applied = (await live.say(ADMIN, '确认导入')).now;
    expect(applied).toContain('已导入台账修改：修改 2 项任务，新增 1 项，删除 1 项');

    const after = live.store.plans();
    const task = (n: number) => after.plans[0].tasks.find((t) => t.number === n);
    const unitsOf = (n: number) => after.assignments.filter((a) => a.taskId === task(n)?.id).map((a) => a.unit);
    expect(task(done1)).toMatchObject({ requirement: '修订后的具体要求', deadlineText: '2026年6月30日前', deadline: { kind: 'date', date: '2026-06-30' } });
    expect(unitsOf(edited)).toContain('县大数据中心');
    expect(unitsOf(edited)).not.toContain(oldUnit);
    expect(task(removed)).toBeUndefined();
    expect(after.plans[0].tasks.filter((t) => t.requirement === '建立政务公开台账月报制度')).toHaveLength(1);
    // Everything else is untouched.
    const untouched = before.plans[0].tasks.filter((t) => ![done1, edited, removed].includes(t.number));
    for (const t of untouched) expect(task(t.number)).toEqual(t);
    // Completion records that still apply are kept: the liaison's two reports.
    const reports = live.store.state().reports.filter((r) => r.status === 'done');
    expect(reports.map((r) => r.assignmentId).sort()).toEqual(
      [done1, done2].map((n) => `${after.plans[0].id}/${task(n)!.id}/县司法局`).sort(),
    );
    expect((await live.say('anyone', `任务${done1}`)).now).toContain('修订后的具体要求');
  });
});

describe('the plan lifecycle', () => {
  it('archives a plan: it leaves queries but stays in the ledger export', async () => {
    await withImportedPlan();
    await live.say(ADMIN, `设置联络员 ${LIAISON} 县司法局`);
    const [n] = numbersOf('县司法局');
    expect((await live.say(LIAISON, '我单位还有哪些任务')).now).toContain(`**${n}**`);
    expect((await live.say(LIAISON, `任务${n}`)).now).toContain('责任单位');

    expect((await live.say(LIAISON, '归档计划 P1')).now).toContain('只有管理员可以归档计划');
    expect((await live.say(ADMIN, '归档计划 P1')).now).toContain('已归档');
    expect((await live.say(ADMIN, '计划列表')).now).toContain('〔已归档〕');

    expect((await live.say(LIAISON, `任务${n}`)).now).not.toContain('责任单位');
    expect((await live.say(LIAISON, '我单位还有哪些任务')).now).not.toContain(`**${n}**`);
    const wb = await downloadLedger();
    expect(wb.worksheets[0].name).toContain('已归档');
    expect(wb.worksheets[0].rowCount).toBeGreaterThan(1);
  });
});
