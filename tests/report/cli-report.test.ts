// `report weekly --dry-run` and `report remind --dry-run` through the real CLI entry, in-process.
import { existsSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/main.ts';
import { EDUCATION, JUSTICE } from './sample-store-data.ts';
import { openSampleStore, tempDir } from './sample-store.ts';

async function cli(args: string[]) {
  const dataDir = await tempDir();
  const store = await openSampleStore(dataDir, { bindings: [{ userId: 'zhangsan', unit: EDUCATION, since: '2026-01-01T00:00:00Z' }] });
  await store.close();
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => void (out += t), err: (t) => void (err += t), env: { DUBAN_DATA_DIR: dataDir, WECOM_WEBHOOK_LEADERS: '' }, interactive: false, ask: async () => '' };
  const code = await runCli(args, io);
  return { code, out, err, dataDir };
}

describe('report CLI', () => {
  it('prints the weekly summary and writes Markdown and PNG without sending', async () => {
    const outDir = await tempDir();
    const { code, out } = await cli(['report', 'weekly', '--dry-run', '--out', outDir, '--at', '2026-11-23 09:00']);
    expect(code).toBe(0);
    expect(out).toContain('已完成 3/7 项（42.9%）');
    expect(out).toContain('演练，未发送');
    expect((await readdir(outDir)).sort()).toEqual(['周报-2026-11-23-P1.png', '周报-2026-11-23.md']);
    const png = readFileSync(join(outDir, '周报-2026-11-23-P1.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });

  it('prints the reminder with the liaisons it would mention', async () => {
    const { code, out } = await cli(['report', 'remind', '--dry-run', '--days', '7', '--at', '2026-11-26']);
    expect(code).toBe(0);
    expect(out).toContain(`${EDUCATION}：逾期 任务1（16天）`);
    expect(out).toContain(`${JUSTICE}：将到期 任务2（11月30日）`);
    expect(out).toContain('@：zhangsan');
  });

  it('explains a bad --at in Chinese', async () => {
    const { code, err } = await cli(['report', 'weekly', '--dry-run', '--at', 'next monday']);
    expect(code).toBe(1);
    expect(err).toContain('--at 的格式应为');
  });

  it('refuses to push when no leaders group is configured', async () => {
    const { code, err, dataDir } = await cli(['report', 'weekly']);
    expect(code).toBe(1);
    expect(err).toContain('WECOM_WEBHOOK_LEADERS');
    expect(existsSync(join(dataDir, 'state.json'))).toBe(true);
  });
});
