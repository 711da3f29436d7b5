// The admin imports a plan with the CLI while the bot is running on the same data folder: the bot
// must see the new plan without a restart, and neither side may undo the other's writes.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileLock } from '../../src/store/file-lock.ts';
import { createLogger } from '../../src/log.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { Report } from '../../src/store/schema.ts';
import { readAudit, tempDir } from './helpers.ts';

const bot = { actor: 'zhangsan', channel: 'bot' as const, msgId: 'm1' };
const cli = { actor: 'admin', channel: 'cli' as const, msgId: null };
const report = (assignmentId: string): Report => ({ assignmentId, status: 'done', evidence: null, reportedBy: 'zhangsan', reportedAt: '2026-11-26T02:00:00.000Z' });

describe('a second process writing the same data folder', () => {
  it('is seen by the running store on its next read, and kept by its next write', async () => {
    const dir = tempDir();
    const server = await openStore(dir, { watchMs: 0 });
    const seen = server.plans();
    const admin = await openStore(dir, { create: false });
    await admin.updatePlans(cli, (p) => {
      p.nextTaskNumber = 42;
      return [];
    });
    expect(server.plans()).not.toBe(seen);
    expect(server.plans().nextTaskNumber).toBe(42);
    await server.updatePlans(bot, (p) => {
      p.plans.push({ id: 'P1', title: 't', year: 2024, sourceName: 'a', sourceHash: 'h', importedAt: 'now', status: 'active', tasks: [], warnings: [] });
      return [];
    });
    const fresh = await openStore(dir);
    expect(fresh.plans().nextTaskNumber).toBe(42);
    expect(fresh.plans().plans).toHaveLength(1);
  });

  it('does not lose a report written by the other process', async () => {
    const dir = tempDir();
    const a = await openStore(dir, { watchMs: 0 });
    const b = await openStore(dir, { watchMs: 0 });
    await a.updateState(bot, (s) => (s.reports.push(report('A')), []));
    await b.updateState(bot, (s) => (s.reports.push(report('B')), []));
    await a.updateState(bot, (s) => (s.reports.push(report('C')), []));
    expect((await openStore(dir)).state().reports.map((r) => r.assignmentId)).toEqual(['A', 'B', 'C']);
  });

  it('loses no report when two processes write and fold the journal at the same time', async () => {
    const dir = tempDir();
    await (await openStore(dir)).close();
    const writer = (tag: string) => new Promise<number | null>((resolve) => {
      spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'report-writer.ts'), dir, tag, '60'], { stdio: 'inherit' }).on('exit', resolve);
    });
    expect(await Promise.all([writer('bot'), writer('cli')])).toEqual([0, 0]);
    const ids = (await openStore(dir)).state().reports.map((r) => r.assignmentId);
    const all = (tag: string) => Array.from({ length: 60 }, (_, i) => `${tag}-${i}`);
    expect(ids.filter((id) => id.startsWith('bot-'))).toEqual(all('bot'));
    expect(ids.filter((id) => id.startsWith('cli-'))).toEqual(all('cli'));
    expect(readAudit(dir).filter((e) => e.action === 'report.done')).toHaveLength(120);
    expect(readdirSync(dir).filter((f) => f.endsWith('.lock'))).toEqual([]);
  }, 60_000);

  it('keeps answering from the last good data when the file is broken by hand, and refuses to write over it', async () => {
    const dir = tempDir();
    const server = await openStore(dir, { watchMs: 0 });
    await server.updateDirectory(cli, (d) => (d.units.push({ name: '县司法局', kind: '部门', aliases: [] }), []));
    writeFileSync(join(dir, 'units.json'), '{"version":1,"units":[{"name":"县司法局",');
    expect(server.directory().units.map((u) => u.name)).toEqual(['县司法局']);
    await expect(server.updateDirectory(cli, () => [])).rejects.toThrow(/units\.json 已损坏/);
  });

  it('waits for the other process to create a data file both found missing, and does not write its defaults over it', async () => {
    const dir = tempDir();
    // The other process has found plans.json missing too, and is creating it under its lock.
    const other = fileLock(join(dir, 'plans.json'), createLogger());
    await other.acquire();
    const opening = openStore(dir);
    await new Promise((r) => setTimeout(r, 200));
    expect(existsSync(join(dir, 'plans.json'))).toBe(false);
    const created = JSON.stringify({ version: 1, plans: [], assignments: [], nextTaskNumber: 7 });
    writeFileSync(join(dir, 'plans.json'), created);
    await other.release();
    const store = await opening;
    expect(store.plans().nextTaskNumber).toBe(7);
    expect(readFileSync(join(dir, 'plans.json'), 'utf8')).toBe(created);
  });

  it('writes as soon as a broken file is mended, also when the retry comes straight from the failure', async () => {
    const dir = tempDir();
    const server = await openStore(dir, { watchMs: 0 });
    const good = readFileSync(join(dir, 'units.json'), 'utf8');
    writeFileSync(join(dir, 'units.json'), '{"version":1,"units":[');
    await server.updateDirectory(cli, () => []).catch((e: Error) => {
      expect(e.message).toMatch(/units\.json 已损坏/);
      writeFileSync(join(dir, 'units.json'), good);
      return server.updateDirectory(cli, (d) => (d.units.push({ name: '县司法局', kind: '部门', aliases: [] }), []));
    });
    expect((await openStore(dir)).directory().units.map((u) => u.name)).toEqual(['县司法局']);
  });
});
