import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDirFromEnv, openStore } from '../../src/store/open-store.ts';
import type { Report, StateData } from '../../src/store/schema.ts';
import { edit } from '../../src/store/working-copy.ts';
import { fingerprint, lockFolders, readAudit, readJson, stateOnDisk, tempDir } from './helpers.ts';

const report = (id: string): Report => ({
  assignmentId: id, status: 'done', evidence: null, reportedBy: 'zhangsan', reportedAt: '2026-11-26T02:00:00.000Z',
});
const botCtx = { actor: 'zhangsan', channel: 'bot' as const, msgId: 'msg-1' };

describe('openStore', () => {
  it('creates the data files with defaults in a new folder and reads them back after a restart', async () => {
    const dir = join(tempDir(), 'nested', 'data');
    const store = await openStore(dir);
    expect(readdirSync(dir).sort()).toEqual(['plans.json', 'state.json', 'units.json']);
    expect(store.plans()).toEqual({ version: 1, plans: [], assignments: [], nextTaskNumber: 1 });
    await store.updateState(botCtx, (s) => {
      s.reports.push(report('P1/T1/县司法局'));
      return [{ action: 'report.done', before: null, after: s.reports[0] }];
    });
    await store.close();
    const again = await openStore(dir);
    expect(again.state().reports.map((r) => r.assignmentId)).toEqual(['P1/T1/县司法局']);
  });

  it('has the report on disk and in the audit log when the update resolves', async () => {
    const dir = tempDir();
    const store = await openStore(dir, { clock: () => new Date('2026-11-26T02:00:00Z') });
    const changes = await store.updateState(botCtx, (s) => {
      const r = report('P1/T1/县司法局');
      s.reports.push(r);
      return [{ action: 'report.done', before: null, after: r }];
    });
    expect(changes).toHaveLength(1);
    expect((await stateOnDisk(dir)).reports).toHaveLength(1);
    expect(readAudit(dir)).toEqual([
      { at: '2026-11-26T02:00:00.000Z', actor: 'zhangsan', channel: 'bot', msgId: 'msg-1', action: 'report.done', before: null, after: report('P1/T1/县司法局') },
    ]);
  });

  it('changes nothing when a mutation throws, also after it already changed its working copy', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    const before = fingerprint(dir);
    const seen = store.state();
    await expect(store.updateState(botCtx, (s) => {
      s.reports.push(report('x'));
      s.bindings.push({ userId: 'u', unit: '县司法局', since: 'now' });
      throw new Error('boom');
    })).rejects.toThrow('boom');
    expect(store.state()).toBe(seen);
    expect(store.state().reports).toEqual([]);
    expect(fingerprint(dir)).toEqual(before);
    await store.close();
    expect(lockFolders(dir)).toEqual([]);
  });

  it('refuses to edit a stored record in place, so a half-done edit cannot leak into the data', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    await store.updateState(botCtx, (s) => (s.reports.push(report('a')), []));
    await expect(store.updateState(botCtx, (s) => {
      s.reports[0].status = 'returned';
      return [];
    })).rejects.toThrow(TypeError);
    expect(store.state().reports[0].status).toBe('done');
    // Replacing the record is the way to change it.
    await store.updateState(botCtx, (s) => {
      s.reports[0] = { ...s.reports[0], status: 'returned', returnReason: '佐证不足' };
      return [];
    });
    expect((await stateOnDisk(dir)).reports[0].returnReason).toBe('佐证不足');
  });

  it('freezes what each write put in: replaced records, new records, and the tail of a list that lost its head', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    await store.updateState(botCtx, (s) => (s.reports.push(report('a'), report('b')), s.processed.push({ key: 'k1', reply: 'r', at: 'now' }), []));
    await store.updateState(botCtx, (s) => {
      s.reports[0] = { ...s.reports[0], evidence: 'https://x.gov.cn/1' };
      s.reports.push(report('c'));
      s.processed = [...s.processed.slice(1), { key: 'k2', reply: 'r', at: 'now' }];
      return [];
    });
    const state = store.state();
    for (const record of [state.reports[0], state.reports[2], state.processed[0]]) expect(Object.isFrozen(record)).toBe(true);
    await expect(store.updateState(botCtx, (s) => {
      s.reports[2].status = 'returned';
      return [];
    })).rejects.toThrow(TypeError);
    expect(store.state().reports.map((r) => r.status)).toEqual(['done', 'done', 'done']);
  });

  it('groups concurrent reports into a few file writes, and every one of them is on disk', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    const ids = Array.from({ length: 200 }, (_, i) => `P1/T${i}/县司法局`);
    await Promise.all(ids.map((id, i) => store.updateState({ ...botCtx, msgId: `m${i}` }, (s) => {
      s.reports.push(report(id));
      return [{ action: 'report.done', before: null, after: id }];
    })));
    expect(store.fileWrites().state).toBeLessThanOrEqual(3);
    expect((await stateOnDisk(dir)).reports.map((r: Report) => r.assignmentId)).toEqual(ids);
    expect(readAudit(dir).map((e) => e.msgId)).toEqual(ids.map((_, i) => `m${i}`));
  });

  it('lets each mutation see the ones before it, even before they are written', async () => {
    const store = await openStore(tempDir());
    const counts: number[] = [];
    await Promise.all([1, 2, 3].map(() => store.updateState(botCtx, (s) => {
      counts.push(s.reports.length);
      s.reports.push(report(`r${s.reports.length}`));
      return [];
    })));
    expect(counts).toEqual([0, 1, 2]);
  });

  it('undoes a mutation that throws in a batch of record-by-record writes, and writes the rest', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    const add = (id: string) => (s: StateData) => (edit(s, 'reports').push(report(id)), [{ action: 'report.done', before: null, after: id }]);
    await store.updateState(botCtx, add('kept'));
    const results = await Promise.allSettled([
      store.updateState(botCtx, add('a')),
      store.updateState(botCtx, (s) => {
        const reports = edit(s, 'reports');
        // A committed record and one written earlier in the batch, both replaced; then more.
        reports.set(0, { ...reports.at(0)!, evidence: 'https://x.gov.cn/lost' });
        reports.set(1, { ...reports.at(1)!, evidence: 'https://x.gov.cn/lost' });
        reports.push(report('lost'));
        s.leaders.push('lost');
        (s as { version: number }).version = 2;
        throw new Error('boom');
      }),
      store.updateState(botCtx, add('c')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    for (const state of [store.state(), await stateOnDisk(dir)]) {
      expect(state.reports.map((r) => [r.assignmentId, r.evidence])).toEqual([['kept', null], ['a', null], ['c', null]]);
      expect([state.leaders, state.version]).toEqual([[], 1]);
    }
    expect(store.fileWrites().state).toBe(2);
  });

  it('fails a mutation that returns no list of changes on its own, and still writes the others and lets the file go', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    const add = (id: string) => (s: StateData) => (edit(s, 'reports').push(report(id)), [{ action: 'report.done', before: null, after: id }]);
    const forgetful = ((s: StateData) => void edit(s, 'reports').push(report('lost'))) as unknown as (s: StateData) => [];
    // Three arrive while the store waits for the file's lock; then one while a write is in flight.
    const first = [store.updateState(botCtx, add('a')), store.updateState(botCtx, forgetful), store.updateState(botCtx, add('b'))];
    const results = await Promise.allSettled(first);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason.message).toMatch(/must return the changes/);
    const inFlight = store.updateState(botCtx, add('c'));
    await new Promise((r) => setImmediate(r));
    await expect(store.updateState(botCtx, forgetful)).rejects.toThrow(/must return the changes/);
    await inFlight;
    await store.close();
    expect(lockFolders(dir)).toEqual([]);
    expect((await stateOnDisk(dir)).reports.map((r) => r.assignmentId)).toEqual(['a', 'b', 'c']);
  });

  it('refuses an in-place edit of a record an earlier write of the same batch put in', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    const first = store.updateState(botCtx, (s) => (edit(s, 'reports').push(report('a')), [{ action: 'report.done', before: null, after: 'a' }]));
    const second = store.updateState(botCtx, (s) => {
      const reports = edit(s, 'reports');
      (reports.at(0) as { status: string }).status = 'returned';
      return [];
    });
    await expect(second).rejects.toThrow(TypeError);
    await first;
    for (const state of [store.state(), await stateOnDisk(dir)]) expect(state.reports.map((r) => r.status)).toEqual(['done']);
  });

  it('lets a mutation that reads an array directly see the batch before it, and batches on after it', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    const seen: string[][] = [];
    await Promise.all([
      store.updateState(botCtx, (s) => (edit(s, 'reports').push(report('a')), [])),
      store.updateState(botCtx, (s) => (seen.push(s.reports.map((r) => r.assignmentId)), s.reports.push(report('b')), [])),
      store.updateState(botCtx, (s) => (edit(s, 'reports').push(report('c')), [])),
      store.updateState(botCtx, (s) => (seen.push(s.reports.map((r) => r.assignmentId)), [])),
    ]);
    expect(seen).toEqual([['a'], ['a', 'b', 'c']]);
    expect((await stateOnDisk(dir)).reports.map((r: Report) => r.assignmentId)).toEqual(['a', 'b', 'c']);
  });

  it('never rewrites plans.json or units.json for a state update', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    const plansBefore = statSync(join(dir, 'plans.json'));
    const unitsBefore = statSync(join(dir, 'units.json'));
    await store.updateState(botCtx, (s) => (s.leaders.push('leader1'), []));
    expect(statSync(join(dir, 'plans.json')).ino).toBe(plansBefore.ino);
    expect(statSync(join(dir, 'plans.json')).mtimeMs).toBe(plansBefore.mtimeMs);
    expect(statSync(join(dir, 'units.json')).mtimeMs).toBe(unitsBefore.mtimeMs);
    expect(store.fileWrites()).toEqual({ plans: 0, state: 1, directory: 0 });
  });

  it('skips the write when a mutation changes nothing (a repeated report)', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    const before = fingerprint(dir);
    expect(await store.updateState(botCtx, () => [])).toEqual([]);
    expect(fingerprint(dir)).toEqual(before);
  });

  it('stops with the file name when a data file is corrupt, and leaves it as it was', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'state.json'), '{"version":1,"reports":[');
    await expect(openStore(dir)).rejects.toThrow(/state\.json.*已损坏/);
    expect(readFileSync(join(dir, 'state.json'), 'utf8')).toBe('{"version":1,"reports":[');
    expect(readdirSync(dir)).toEqual(['state.json']);
    writeFileSync(join(dir, 'state.json'), '[]');
    await expect(openStore(dir)).rejects.toThrow(/state\.json 格式不对/);
  });

  it('keeps the previous file whole and the data unchanged when a write fails', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    await store.updateState(botCtx, (s) => (s.reports.push(report('kept')), []));
    await store.backup(); // folds the journal into state.json
    const good = readFileSync(join(dir, 'state.json'), 'utf8');
    // A directory in the journal's place, put there after the update read the files and before its
    // grouped write runs, makes the append fail.
    const failing = store.updateState(botCtx, (s) => {
      rmSync(join(dir, 'state.journal.jsonl'), { force: true });
      mkdirSync(join(dir, 'state.journal.jsonl'));
      s.reports.push(report('lost'));
      return [];
    });
    await expect(failing).rejects.toThrow(/EISDIR/);
    expect(readFileSync(join(dir, 'state.json'), 'utf8')).toBe(good);
    expect(store.state().reports.map((r) => r.assignmentId)).toEqual(['kept']);
    expect(readAudit(dir).at(-1)).toMatchObject({ action: 'write.failed', after: { file: join(dir, 'state.json') } });
    rmSync(join(dir, 'state.journal.jsonl'), { recursive: true });
    await store.updateState(botCtx, (s) => (s.reports.push(report('next')), []));
    expect((await stateOnDisk(dir)).reports.map((r: Report) => r.assignmentId)).toEqual(['kept', 'next']);
  });

  it('answers a repeated change only once the first one is on disk, and fails with it when its write fails', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    await store.updateState(botCtx, (s) => (s.reports.push(report('kept')), []));
    await store.backup();
    // The first attempt of a message, then its retry while the first is still being written: the
    // retry finds the change already made and changes nothing itself.
    const addOnce = (s: StateData) => (s.reports.some((r) => r.assignmentId === 'once') ? [] : (s.reports.push(report('once')), [{ action: 'report.done', before: null, after: 'once' }]));
    const first = store.updateState(botCtx, addOnce);
    const retry = store.updateState(botCtx, addOnce);
    rmSync(join(dir, 'state.journal.jsonl'), { force: true });
    mkdirSync(join(dir, 'state.journal.jsonl'));
    await expect(first).rejects.toThrow(/EISDIR/);
    await expect(retry).rejects.toThrow(/EISDIR/);
    expect(store.state().reports.map((r) => r.assignmentId)).toEqual(['kept']);
    rmSync(join(dir, 'state.journal.jsonl'), { recursive: true });
    // With the disk back, the same pair both succeed, and the change is there once.
    const again = [store.updateState(botCtx, addOnce), store.updateState(botCtx, addOnce)];
    expect((await Promise.all(again)).map((c) => c.length)).toEqual([1, 0]);
    expect((await stateOnDisk(dir)).reports.map((r: Report) => r.assignmentId)).toEqual(['kept', 'once']);
  });

  it('copies the data files into backups/<timestamp>/ without touching them', async () => {
    const dir = tempDir();
    const store = await openStore(dir, { clock: () => new Date('2026-11-26T01:02:03.456Z') });
    await store.updateState(botCtx, (s) => (s.leaders.push('leader1'), []));
    const first = await store.backup();
    const second = await store.backup();
    expect(first).toBe(join(dir, 'backups', '20261126-090203-456'));
    expect(second).not.toBe(first);
    expect(readdirSync(first).sort()).toEqual(['plans.json', 'state.json', 'units.json']);
    expect(readFileSync(join(first, 'state.json'), 'utf8')).toBe(readFileSync(join(dir, 'state.json'), 'utf8'));
    // The journal was folded in first, so the copied state.json alone holds the update.
    expect(readJson(join(first, 'state.json')).leaders).toEqual(['leader1']);
  });

  it('waits for writes in flight before copying, so a backup never holds half of an update', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    const pending = store.updateState(botCtx, (s) => (s.reports.push(report('in-flight')), []));
    const backup = await store.backup();
    await pending;
    expect(readJson(join(backup, 'state.json')).reports.map((r: Report) => r.assignmentId)).toEqual(['in-flight']);
  });

  it('keeps processed message ids bounded: the last 2 days, at most 2,000', async () => {
    let now = new Date('2026-11-01T00:00:00Z');
    const store = await openStore(tempDir(), { clock: () => now });
    await store.updateState(botCtx, (s) => (s.processed.push({ key: 'old', reply: 'x', at: now.toISOString() }), []));
    now = new Date('2026-11-03T00:00:01Z');
    await store.updateState(botCtx, (s) => {
      for (let i = 0; i < 2500; i++) s.processed.push({ key: `k${i}`, reply: 'ok', at: now.toISOString() });
      return [];
    });
    const keys = store.state().processed.map((p) => p.key);
    expect(keys).toHaveLength(2000);
    expect(keys[0]).toBe('k500');
    expect(keys).not.toContain('old');
  });

  it('finds the data folder in DUBAN_DATA_DIR, else ./data', () => {
    expect(dataDirFromEnv({ DUBAN_DATA_DIR: '/srv/duban' })).toBe('/srv/duban');
    expect(dataDirFromEnv({})).toBe(join(process.cwd(), 'data'));
  });
});
