// The admin's story with the CLI: preview a real plan, import it (confirming or with --yes), list and
// show it, import it again without effect; every command honours DUBAN_DATA_DIR.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprint, tempDir } from '../store/helpers.ts';
import { cli } from './cli-io.ts';

const seed = (n: string) => join(import.meta.dirname, '..', 'fixtures', 'seeds', n);
const SEED_000 = seed('000_20bb31a74edcb18b.txt');
const SEED_001 = seed('001_b708640fad32e73d.txt');
const SEED_004 = seed('004_ee61bef3bf9835de.txt');
const dataEnv = () => ({ DUBAN_DATA_DIR: join(tempDir(), 'data') });

describe('plan parse', () => {
  it('prints exactly one JSON document with the task table contract', async () => {
    const run = await cli(['plan', 'parse', SEED_000, '--json'], dataEnv());
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.out);
    expect(Object.keys(doc).sort()).toEqual(['tasks', 'title', 'warnings', 'year']);
    expect(doc.year).toBe(2020);
    expect(doc.tasks.length).toBeGreaterThan(50);
    for (const t of doc.tasks) {
      expect(t).toEqual(expect.objectContaining({ id: expect.any(String), category: expect.any(Array), requirement: expect.any(String), unitsText: expect.any(String) }));
      for (const u of t.units) expect(Object.keys(u).sort()).toEqual(['group', 'name', 'role']);
    }
  });

  it('previews seed 000 with one unit for each abbreviation pair, without writing anything', async () => {
    const env = dataEnv();
    const run = await cli(['plan', 'parse', SEED_000], env);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^计划：高青县2020年政务公开工作要点（2020年）/);
    const units = run.out.split('\n\n').find((s) => s.startsWith('责任单位'))!;
    expect(units).toMatch(/县卫生健康局 \d+项/);
    expect(units).toMatch(/县教育和体育局 \d+项/);
    expect(units).toMatch(/县综合行政执法局 \d+项/);
    expect(units).not.toMatch(/县卫健局|县教体局|县执法局|县综合执法局/);
    expect(run.out).toMatch(/需要核对（\d+处）：\n  (责任单位「[^」]+」：[^\n]*涉及 \d+ 项任务：T\d+（第\d+行）|第\d+行)/);
    expect(() => fingerprint(env.DUBAN_DATA_DIR)).toThrow(/ENOENT/);
  });
});

describe('file paths', () => {
  it('reads a relative path from the folder the admin typed the command in (npm run moves to the project folder)', async () => {
    const run = await cli(['plan', 'parse', '001_b708640fad32e73d.txt', '--json'], { ...dataEnv(), INIT_CWD: join(import.meta.dirname, '..', 'fixtures', 'seeds') });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out).title).toContain('博山区');
  });
});

describe('plan import', () => {
  it('imports with --yes, lists and shows the plan, and a second import changes nothing', async () => {
    const env = dataEnv();
    const run = await cli(['plan', 'import', SEED_000, '--yes'], env);
    expect(run.code).toBe(0);
    expect(run.out).toContain('结果：新计划，编号 P1，任务编号从 1 起');
    expect(run.out).toMatch(/已导入新计划 P1：任务 \d+ 项，分配 \d+ 条，新增单位 \d+ 个。备份在 .*backups\/\d{8}-\d{6}-\d{3}。/);

    const list = await cli(['plan', 'list'], env);
    expect(list.out).toMatch(/^P1  高青县2020年政务公开工作要点（2020年）  任务\d+项  分配\d+条  已完成0条  第1版  导入于/);
    const show = await cli(['plan', 'show', 'p1'], env);
    expect(show.out).toMatch(/^任务1(（序号[^）]+）)? /m);
    expect(show.out).toMatch(/  要求：.+\n  单位：.+\n  时限：.+/);

    const before = fingerprint(env.DUBAN_DATA_DIR);
    const again = await cli(['plan', 'import', SEED_000], env);
    expect(again.code).toBe(0);
    expect(again.out).toContain('这个文件已经导入过（计划 P1），未做任何改动。');
    expect(fingerprint(env.DUBAN_DATA_DIR)).toEqual(before);
  });

  it('asks 「确认导入？(y/N)」 in a terminal and writes nothing unless the answer is y', async () => {
    const env = dataEnv();
    const no = await cli(['plan', 'import', SEED_004], env, { interactive: true, answers: ['n'] });
    expect(no.asked).toEqual(['确认导入？(y/N) ']);
    expect(no.out).toContain('已取消，数据没有任何改动。');
    expect(() => fingerprint(env.DUBAN_DATA_DIR)).toThrow(/ENOENT/);
    const yes = await cli(['plan', 'import', SEED_004], env, { interactive: true, answers: ['y'] });
    expect(yes.out).toMatch(/已导入新计划 P1/);
  });

  it('refuses without a terminal and without --yes, and writes nothing', async () => {
    const env = dataEnv();
    const run = await cli(['plan', 'import', SEED_000], env);
    expect(run.code).toBe(1);
    expect(run.out).toContain('计划：高青县2020年政务公开工作要点');
    expect(run.err).toBe('错误：没有确认导入：当前不是交互终端，无法询问。确认预览无误后，请加 --yes 重新运行。\n');
    expect(() => fingerprint(env.DUBAN_DATA_DIR)).toThrow(/ENOENT/);
  });

  it('imports seeds 001 (no table) and 004 (shifted columns) with tasks and review rows', async () => {
    for (const file of [SEED_001, SEED_004]) {
      const run = await cli(['plan', 'import', file, '--yes'], dataEnv());
      expect(run.code).toBe(0);
      expect(run.out).toMatch(/任务 [1-9]\d* 项/);
      expect(run.out).toMatch(/需要核对（[1-9]\d*处）/);
    }
  });
});

describe('errors', () => {
  it('names the damaged data file and exits 1', async () => {
    const env = dataEnv();
    await cli(['plan', 'import', SEED_004, '--yes'], env);
    writeFileSync(join(env.DUBAN_DATA_DIR, 'plans.json'), '{"version":1,"plans":[');
    const run = await cli(['plan', 'list'], env);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^错误：数据文件 .*plans\.json 已损坏/);
  });

  it('answers an unknown plan id with a hint', async () => {
    const run = await cli(['plan', 'show', 'P9'], dataEnv());
    expect(run).toMatchObject({ code: 1, err: '错误：没有编号为 P9 的计划。用 plan list 查看已导入的计划。\n' });
  });

  it('reports an unexpected failure briefly with exit code 2', async () => {
    const notAFolder = join(tempDir(), 'file');
    writeFileSync(notAFolder, 'x');
    const run = await cli(['plan', 'list'], { DUBAN_DATA_DIR: notAFolder });
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^内部错误：.*请把这条信息和所用命令发给维护人员。\n$/);
  });

  it('works the same as a real process through npm run -s cli', () => {
    const env = { ...process.env, ...dataEnv() };
    const refused = spawnSync('npm', ['run', '-s', 'cli', '--', 'plan', 'import', SEED_004], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('请加 --yes 重新运行');
  });

  it('answers a mistyped command in Chinese with a suggestion', async () => {
    const run = await cli(['plan', 'shwo'], dataEnv());
    expect(run.code).toBe(1);
    expect(run.err).toBe('错误：没有这个命令：shwo。是不是要用 show？用 --help 查看用法。\n');
  });
});
