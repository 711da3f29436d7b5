import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addAlias, addUnit, listUnits, renameUnit } from '../../src/admin/units.ts';
import { isUserError } from '../../src/errors.ts';
import type { OpenedStore } from '../../src/store/index.ts';
import { ADMIN, seededStore } from '../ledger/seed-store.ts';

let store: OpenedStore;
afterEach(() => store?.close());

const auditActions = async () =>
  (await readFile(join(store.dataDir, 'audit.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { action: string; actor: string });
const unitsOfTask = (taskId: string) => store.plans().assignments.filter((a) => a.taskId === taskId).map((a) => a.unit).sort();

describe('unit directory administration', () => {
  it('lists units with their open work and liaisons', async () => {
    store = await seededStore();
    const list = listUnits(store);
    expect(list.find((u) => u.name === '县财政局')).toMatchObject({ assignments: 2, liaisons: [] });
  });

  it('adds a unit, guessing its kind, and audits it; a known name or alias is refused', async () => {
    store = await seededStore();
    expect(await addUnit(store, ADMIN, '县数据局')).toMatchObject({ name: '县数据局', kind: '部门' });
    expect((await addUnit(store, ADMIN, '青城镇')).kind).toBe('镇');
    expect((await auditActions()).filter((a) => a.action === 'unit.add')).toHaveLength(2);
    const err = await addUnit(store, ADMIN, '卫健局').catch((e) => e);
    expect(isUserError(err) && err.message).toBe('「卫健局」就是已有的「县卫生健康局」。');
  });

  it('adds an alias to a unit', async () => {
    store = await seededStore();
    const r = await addAlias(store, ADMIN, '财政', '县财政局');
    expect(r.kind).toBe('alias');
    expect(store.directory().units.find((u) => u.name === '县财政局')?.aliases).toContain('财政');
  });

  it('merges a unit named as an alias into the target, keeping its assignments, completion records and liaison', async () => {
    store = await seededStore();
    // The plan was imported before the directory knew 县卫健局 and 县卫生健康局 were one unit.
    await addUnit(store, ADMIN, '县卫计局');
    await store.updatePlans(ADMIN, (d) => {
      d.assignments.push({ id: 'P1/T2/县卫计局', planId: 'P1', taskId: 'T2', unit: '县卫计局', role: 'lead', deadline: { kind: 'ongoing' } });
      return [{ action: 'seed', before: null, after: null }];
    });
    await store.updateState(ADMIN, (s) => {
      s.reports.push({ assignmentId: 'P1/T2/县卫计局', status: 'done', evidence: 'https://e/1', reportedBy: 'wj', reportedAt: '2026-04-01T00:00:00.000Z' });
      s.bindings.push({ userId: 'wj', unit: '县卫计局', since: '2026-01-01T00:00:00.000Z' });
      return [{ action: 'seed', before: null, after: null }];
    });
    const r = await addAlias(store, ADMIN, '县卫计局', '卫健局');
    expect(r).toMatchObject({ kind: 'merged', assignments: 1, into: { name: '县卫生健康局' } });
    expect(unitsOfTask('T2')).toEqual(['县卫生健康局', '县司法局'].sort());
    expect(store.state().reports.find((x) => x.assignmentId === 'P1/T2/县卫生健康局')?.evidence).toBe('https://e/1');
    expect(store.state().bindings.find((b) => b.userId === 'wj')?.unit).toBe('县卫生健康局');
    expect(store.directory().units.some((u) => u.name === '县卫计局')).toBe(false);
    expect(store.directory().units.find((u) => u.name === '县卫生健康局')?.aliases).toContain('县卫计局');
    expect((await auditActions()).map((a) => a.action)).toEqual(expect.arrayContaining(['unit.move.assignments', 'unit.move.report', 'unit.move.binding', 'unit.merge']));
  });

  it('merging into a unit that has the same task keeps one assignment and the completion record', async () => {
    store = await seededStore();
    // 县财政局 did task 1; merge it into 县卫生健康局, which also has task 1 (still open).
    await addAlias(store, ADMIN, '县财政局', '县卫生健康局');
    expect(unitsOfTask('T1')).toEqual(['县卫生健康局']);
    expect(store.state().reports.find((r) => r.assignmentId === 'P1/T1/县卫生健康局')?.status).toBe('done');
    expect(unitsOfTask('T3')).toEqual(['县卫生健康局']);
  });

  it('renames a unit: records follow it and the old name stays as an alias', async () => {
    store = await seededStore();
    await renameUnit(store, ADMIN, '县财政局', '县财政事务中心');
    expect(unitsOfTask('T1')).toEqual(['县卫生健康局', '县财政事务中心'].sort());
    expect(store.state().reports.filter((r) => r.assignmentId.endsWith('/县财政事务中心'))).toHaveLength(2);
    expect(store.directory().units.find((u) => u.name === '县财政事务中心')?.aliases).toEqual(['财政局', '县财政局']);
  });

  it('refuses an unknown target and suggests close names', async () => {
    store = await seededStore();
    const err = await addAlias(store, ADMIN, '司法', '法局').catch((e) => e);
    expect(err.message).toContain('您是不是要找：县司法局');
  });
});
