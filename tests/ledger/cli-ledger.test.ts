import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/main.ts';
import { openStore, type OpenedStore } from '../../src/store/index.ts';
import { seededStore } from './seed-store.ts';

let store: OpenedStore | undefined;
afterEach(() => store?.close());

function io(dataDir: string): CliIo & { stdout: string; stderr: string } {
  const o = {
    stdout: '', stderr: '', env: { DUBAN_DATA_DIR: dataDir, USER: 'tester' }, interactive: false,
    out: (t: string) => void (o.stdout += t), err: (t: string) => void (o.stderr += t), ask: async () => 'n',
  };
  return o;
}

describe('ledger CLI', () => {
  it('exports the workbook, and imports an edited one only with --yes when not at a terminal', async () => {
    const seeded = await seededStore();
    const dir = seeded.dataDir;
    await seeded.close();
    const out = join(dir, '台账.xlsx');
    const e = io(dir);
    expect(await runCli(['ledger', 'export', '--out', out], e)).toBe(0);
    expect(e.stdout).toContain('已导出 4 行');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    wb.worksheets[0].getRow(2).getCell(5).value = '2026年8月31日前';
    await wb.xlsx.writeFile(out);

    const refused = io(dir);
    expect(await runCli(['ledger', 'import', out], refused)).toBe(1);
    expect(refused.stdout).toContain('时限要求：「2026年6月底前」→「2026年8月31日前」');
    expect(refused.stderr).toContain('请加 --yes');

    const done = io(dir);
    expect(await runCli(['ledger', 'import', out, '--yes'], done)).toBe(0);
    expect(done.stdout).toContain('已导入：修改 1 项');
    store = await openStore(dir);
    expect(store.plans().plans[0].tasks[0].deadlineText).toBe('2026年8月31日前');
  });

  it('manages units and people from the shell', async () => {
    const seeded = await seededStore();
    const dir = seeded.dataDir;
    await seeded.close();
    const a = io(dir);
    expect(await runCli(['units', 'add', '县数据局'], a)).toBe(0);
    expect(await runCli(['units', 'alias', '数据局', '县数据局'], a)).toBe(0);
    expect(await runCli(['people', 'liaison', 'zhang', '数据局'], a)).toBe(0);
    expect(await runCli(['people', 'leader', 'boss'], a)).toBe(0);
    expect(a.stdout).toContain('已设置 zhang 为 县数据局 的联络员');
    const list = io(dir);
    expect(await runCli(['units', 'list'], list)).toBe(0);
    expect(list.stdout).toMatch(/县数据局\t部门\t任务 0\t数据局\tzhang/);
    const bad = io(dir);
    expect(await runCli(['people', 'liaison', 'li', '县外星局'], bad)).toBe(1);
    expect(bad.stderr).toContain('错误：单位名录中没有「县外星局」');
  });
});
