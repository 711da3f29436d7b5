// State changes go to state.journal.jsonl, one line per grouped write, and are replayed on open.
import { appendFileSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryLogger } from '../../src/log.ts';
import { emptyState, stateKeys } from '../../src/store/defaults.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { Report } from '../../src/store/schema.ts';
import { journalLines, readJson, stateOnDisk, tempDir } from './helpers.ts';

const report = (id: string, status: Report['status'] = 'done'): Report => ({
  assignmentId: id, status, evidence: null, reportedBy: 'zhangsan', reportedAt: '2026-11-26T02:00:00.000Z',
});
const bot = (msgId: string) => ({ actor: 'zhangsan', channel: 'bot' as const, msgId });
const clock = () => new Date('2026-11-26T02:00:00Z');

describe('the state journal', () => {
  it('records a report as one journal line, without rewriting state.json or plans.json', async () => {
    const dir = tempDir();
    const store = await openStore(dir, { clock });
    const before = { state: statSync(join(dir, 'state.json')), plans: statSync(join(dir, 'plans.json')) };
    await store.updateState(bot('m1'), (s) => (s.reports.push(report('P1/T1/县司法局')), [{ action: 'report.done', before: null, after: null }]));
    await store.updateState(bot('m2'), (s) => (s.reports.push(report('P1/T2/县司法局')), []));
    for (const name of ['state', 'plans'] as const) {
      const now = statSync(join(dir, `${name}.json`));
      expect([now.ino, now.mtimeMs, now.size]).toEqual([before[name].ino, before[name].mtimeMs, before[name].size]);
    }
    expect(journalLines(dir)).toEqual([
      { seq: 1, up: { reports: [report('P1/T1/县司法局')] }, rm: {}, set: {} },
      { seq: 2, up: { reports: [report('P1/T2/县司法局')] }, rm: {}, set: {} },
    ]);
    expect(store.stateWrites()).toEqual({ appends: 2, snapshots: 1 }); // the snapshot: creating state.json at open
    expect((await stateOnDisk(dir)).reports.map((r) => r.assignmentId)).toEqual(['P1/T1/县司法局', 'P1/T2/县司法局']);
  });

  it('groups concurrent reports into one journal line holding all of them', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    const ids = Array.from({ length: 100 }, (_, i) => `P1/T${i}/县司法局`);
    await Promise.all(ids.map((id, i) => store.updateState(bot(`m${i}`), (s) => (s.reports.push(report(id)), []))));
    const lines = journalLines(dir);
    expect(lines).toHaveLength(1);
    expect(lines[0].up.reports.map((r: Report) => r.assignmentId)).toEqual(ids);
  });

  it('gives back the same data after a reopen: added, replaced and removed records, capped ids', async () => {
    const dir = tempDir();
    const store = await openStore(dir, { clock });
    await store.updateState(bot('m1'), (s) => {
      s.reports.push(report('a'), report('b'), report('c'));
      s.bindings.push({ userId: 'zhang', unit: '县司法局', since: 'x' }, { userId: 'li', unit: '县财政局', since: 'x' });
      s.leaders.push('boss1', 'boss2');
      s.runs.push({ key: 'weekly:2026-W48', at: 'x' });
      return [];
    });
    await store.updateState(bot('m2'), (s) => {
      s.reports[1] = { ...s.reports[1], status: 'returned', returnReason: '佐证不足' };
      s.reports.splice(0, 1);
      s.bindings = s.bindings.filter((b) => b.userId !== 'zhang');
      s.leaders = ['boss2', 'boss3'];
      for (let i = 0; i < 2100; i++) s.processed.push({ key: `k${i}`, reply: '好的', at: clock().toISOString() });
      return [];
    });
    await store.updateState(bot('m3'), (s) => (s.processed.push({ key: 'last', reply: '收到', at: clock().toISOString() }), []));
    const again = await stateOnDisk(dir);
    expect(again).toEqual(store.state());
    expect(again.reports.map((r) => [r.assignmentId, r.status])).toEqual([['b', 'returned'], ['c', 'done']]);
    expect(again.processed).toHaveLength(2000);
    expect(again.processed.at(-1)?.key).toBe('last');
    // The capped entries left the journal as removals by key, not as a rewritten list.
    expect(journalLines(dir).at(-1)).toMatchObject({ up: { processed: [{ key: 'last' }] }, rm: { processed: ['k100'] } });
  });

  it('ignores a torn last line (a crash in the middle of an append) with a warning, and writes on after it', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    await store.updateState(bot('m1'), (s) => (s.reports.push(report('kept')), []));
    appendFileSync(join(dir, 'state.journal.jsonl'), '{"seq":2,"up":{"reports":[{"assignmentId":"half');
    const log = memoryLogger();
    const reopened = await openStore(dir, { log });
    expect(reopened.state().reports.map((r) => r.assignmentId)).toEqual(['kept']);
    expect(log.lines.filter((l) => l.includes('最后一行不完整'))).toHaveLength(1);
    await reopened.updateState(bot('m2'), (s) => (s.reports.push(report('next')), []));
    expect(readFileSync(join(dir, 'state.journal.jsonl'), 'utf8')).not.toContain('half');
    expect((await stateOnDisk(dir)).reports.map((r) => r.assignmentId)).toEqual(['kept', 'next']);
  });

  it('stops with the journal file name when a line in the middle is damaged', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    await store.updateState(bot('m1'), (s) => (s.reports.push(report('a')), []));
    await store.updateState(bot('m2'), (s) => (s.reports.push(report('b')), []));
    const path = join(dir, 'state.journal.jsonl');
    const [first, second] = readFileSync(path, 'utf8').split('\n');
    writeFileSync(path, `${first.slice(0, 20)}\n${second}\n`);
    await expect(openStore(dir)).rejects.toThrow(/state\.journal\.jsonl 第1行已损坏/);
  });

  it('folds the journal into state.json past its threshold and keeps every record', async () => {
    const dir = tempDir();
    const store = await openStore(dir, { compactAt: { lines: 5, bytes: 1 << 20 } });
    for (let i = 0; i < 13; i++) await store.updateState(bot(`m${i}`), (s) => (s.reports.push(report(`r${i}`)), []));
    // Creation at open; then five appends, a snapshot, five appends, a snapshot, one append.
    expect(store.stateWrites()).toEqual({ appends: 11, snapshots: 3 });
    expect(journalLines(dir).map((l) => l.seq)).toEqual([11]);
    const snapshot = readJson(join(dir, 'state.json'));
    expect(snapshot.journalSeq).toBe(10);
    expect(snapshot.reports).toHaveLength(12);
    const again = await stateOnDisk(dir);
    expect(again.reports.map((r) => r.assignmentId)).toEqual(Array.from({ length: 13 }, (_, i) => `r${i}`));
    expect(again).not.toHaveProperty('journalSeq');
  });

  it('waits longer between snapshots as the state grows, so a write does not pay more for them with every report', async () => {
    const dir = tempDir();
    const store = await openStore(dir, { compactAt: { lines: 4, bytes: 2000 } });
    await store.updateState(bot('seed'), (s) => {
      for (let i = 0; i < 100; i++) s.bindings.push({ userId: `liaison${i}`, unit: `县第${i}局`, since: '2026-11-26T02:00:00.000Z' });
      return [];
    });
    await store.updateState(bot('fold'), (s) => (s.reports.push(report('r-fold')), [])); // the 9 KB line is past 2,000 bytes
    const folded = store.stateWrites().snapshots;
    expect(statSync(join(dir, 'state.json')).size).toBeGreaterThan(4 * 2000);
    // Three times the 4 lines a small state would fold at, with the snapshot over four times 2,000 bytes.
    for (let i = 0; i < 12; i++) await store.updateState(bot(`a${i}`), (s) => (s.reports.push(report(`a${i}`)), []));
    expect(store.stateWrites().snapshots).toBe(folded);
    expect(journalLines(dir)).toHaveLength(12);
    for (let i = 0; i < 30; i++) await store.updateState(bot(`b${i}`), (s) => (s.reports.push(report(`b${i}`)), []));
    expect(store.stateWrites().snapshots).toBeGreaterThan(folded);
    expect(journalLines(dir).length).toBeLessThan(30);
    const again = await stateOnDisk(dir);
    expect(again).toEqual(store.state());
    expect(again.reports).toHaveLength(43);
  });

  it('replays lines the snapshot already holds without doubling them (a crash before the journal was emptied)', async () => {
    const dir = tempDir();
    const store = await openStore(dir, { compactAt: { lines: 3, bytes: 1 << 20 } });
    for (let i = 0; i < 3; i++) await store.updateState(bot(`m${i}`), (s) => (s.reports.push(report(`r${i}`)), []));
    const journal = readFileSync(join(dir, 'state.journal.jsonl'), 'utf8');
    await store.updateState(bot('m3'), (s) => (s.reports.push(report('r3')), [])); // writes the snapshot, empties the journal
    writeFileSync(join(dir, 'state.journal.jsonl'), journal); // as if the process died before emptying it
    expect((await stateOnDisk(dir)).reports.map((r) => r.assignmentId)).toEqual(['r0', 'r1', 'r2', 'r3']);
  });

  it('names the key of every state collection, and refuses to journal a collection it does not know', async () => {
    const arrays = Object.entries(emptyState()).filter(([, v]) => Array.isArray(v)).map(([k]) => k);
    expect(Object.keys(stateKeys).sort()).toEqual(arrays.sort());
    const store = await openStore(tempDir());
    await store.updateState(bot('m1'), (s) => (s.leaders.push('boss'), []));
    await expect(store.updateState(bot('m2'), (s) => {
      (s as unknown as Record<string, unknown[]>).surprises = [{ id: 1 }];
      return [];
    })).rejects.toThrow(/surprises/);
  });

  it('sees what another process journalled or folded into state.json, and keeps it on its next write', async () => {
    const dir = tempDir();
    const server = await openStore(dir, { watchMs: 0 });
    const cli = await openStore(dir, { watchMs: 0, compactAt: { lines: 2, bytes: 1 << 20 } });
    await server.updateState(bot('m1'), (s) => (s.reports.push(report('A')), []));
    await cli.updateState(bot('m2'), (s) => (s.reports.push(report('B')), [])); // appended after A
    await cli.updateState(bot('m3'), (s) => (s.reports.push(report('C')), [])); // a snapshot; the journal emptied
    expect(cli.stateWrites()).toEqual({ appends: 1, snapshots: 1 });
    expect(server.state().reports.map((r) => r.assignmentId)).toEqual(['A', 'B', 'C']);
    await server.updateState(bot('m4'), (s) => (s.reports.push(report('D')), []));
    expect((await stateOnDisk(dir)).reports.map((r) => r.assignmentId)).toEqual(['A', 'B', 'C', 'D']);
    expect(journalLines(dir).map((l) => l.up.reports.map((r: Report) => r.assignmentId))).toEqual([['D']]);
  });
});
