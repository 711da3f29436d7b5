// What the importer refuses, and the sentence it says instead.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPlanBytes, readPlanFile } from '../../src/plan/read-plan-file.ts';
import { parsePlanFile } from '../../src/plan/index.ts';
import { UserError } from '../../src/errors.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('file kinds', () => {
  it.each(['计划.doc', '计划.wps', '计划.pdf', '扫描件.jpg', '计划.zip', '计划'])('refuses %s with what to do instead', async (name) => {
    const error = await readPlanBytes(utf8('whatever'), name).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/另存为 \.docx/);
  });

  it('refuses a .txt holding binary data', async () => {
    await expect(readPlanBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1]), '计划.txt')).rejects.toThrow(/不是文本文件/);
  });

  it('refuses a .txt that is not UTF-8 (GBK)', async () => {
    await expect(readPlanBytes(new Uint8Array([0xd5, 0xfe, 0xce, 0xf1, 0xb9, 0xab, 0xbf, 0xaa]), '计划.txt')).rejects.toThrow(/UTF-8/);
  });

  it('reads .md and .htm files from disk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-'));
    writeFileSync(join(dir, 'a.md'), '| 工作任务 | 责任单位 |\n|---|---|\n| 公开目录 | 县财政局 |\n');
    writeFileSync(join(dir, 'a.htm'), '<table><tr><td>工作任务</td><td>责任单位</td></tr><tr><td>公开目录</td><td>县财政局</td></tr></table>');
    for (const name of ['a.md', 'a.htm']) {
      const plan = await parsePlanFile(join(dir, name));
      expect(plan.tasks.map((t) => [t.requirement, t.unitsText])).toEqual([['公开目录', '县财政局']]);
    }
    expect((await readPlanFile(join(dir, 'a.md'))).fileName).toBe('a.md');
  });
});

describe('documents with nothing to import', () => {
  const parseBytes = async (text: string, name = '计划.txt') => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-'));
    writeFileSync(join(dir, name), text);
    return parsePlanFile(join(dir, name));
  };

  it('says what was expected when there is neither a task table nor numbered items', async () => {
    await expect(parseBytes('会议纪要\n今天开会讨论了工作。\n')).rejects.toThrow(/没有在文件里找到任务分解表/);
  });

  it('says the header is not recognisable when a table has none', async () => {
    await expect(parseBytes('说明\n甲\t乙\t丙\n一些\t文字\t内容\n')).rejects.toThrow(/没有可识别的表头/);
  });
});

describe('web pages in the encoding they declare', () => {
  it('reads a GB2312 page', async () => {
    // 「工作任务」「责任单位」「公开目录」「县财政局」 in GB2312.
    const gb = (hex: string) => Array.from(hex.match(/../g) ?? [], (h) => parseInt(h, 16));
    const html = [
      ...new TextEncoder().encode('<meta charset="gb2312"><table><tr><td>'),
      ...gb('b9a4d7f7c8cecef1'), ...new TextEncoder().encode('</td><td>'), ...gb('d4f0c8ceb5a5cebb'),
      ...new TextEncoder().encode('</td></tr><tr><td>'), ...gb('b9abbfaac4bfc2bc'), ...new TextEncoder().encode('</td><td>'),
      ...gb('cfd8b2c6d5febed6'), ...new TextEncoder().encode('</td></tr></table>'),
    ];
    const source = await readPlanBytes(new Uint8Array(html), '页面.htm');
    const table = source.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['工作任务', '责任单位'],
      ['公开目录', '县财政局'],
    ]);
  });
});
