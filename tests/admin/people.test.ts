import { afterEach, describe, expect, it } from 'vitest';
import { listLiaisons, removeLeader, setLeader, setLiaison } from '../../src/admin/people.ts';
import type { OpenedStore } from '../../src/store/index.ts';
import { ADMIN, seededStore } from '../ledger/seed-store.ts';

let store: OpenedStore;
afterEach(() => store?.close());
const clock = () => new Date('2026-05-01T01:00:00Z');

describe('liaisons and leaders', () => {
  it('sets a liaison by a unit alias, replacing the unit’s previous liaison and the user’s old binding', async () => {
    store = await seededStore();
    expect(await setLiaison(store, ADMIN, clock, 'zhangsan', '司法局')).toMatchObject({ unit: '县司法局', replaced: [], previousUnit: null });
    expect(await setLiaison(store, ADMIN, clock, 'lisi', '县司法局')).toMatchObject({ replaced: ['zhangsan'] });
    expect(await setLiaison(store, ADMIN, clock, 'lisi', '县财政局')).toMatchObject({ previousUnit: '县司法局' });
    expect(store.state().bindings).toEqual([{ userId: 'lisi', unit: '县财政局', since: '2026-05-01T01:00:00.000Z' }]);
    expect(await setLiaison(store, ADMIN, clock, 'lisi', '县财政局')).toMatchObject({ unchanged: true });
  });

  it('lists units without a liaison first', async () => {
    store = await seededStore();
    await setLiaison(store, ADMIN, clock, 'cz', '县财政局');
    const list = listLiaisons(store);
    expect(list.at(-1)).toMatchObject({ unit: '县财政局', liaisons: [{ userId: 'cz' }] });
    expect(list[0].liaisons).toEqual([]);
  });

  it('refuses a user id that is not one and a unit that is unknown', async () => {
    store = await seededStore();
    await expect(setLiaison(store, ADMIN, clock, '张 三', '县财政局')).rejects.toThrow('不像企业微信账号');
    await expect(setLiaison(store, ADMIN, clock, 'zs', '县外星局')).rejects.toThrow('单位名录中没有「县外星局」');
  });

  it('sets and removes a leader idempotently', async () => {
    store = await seededStore();
    expect(await setLeader(store, ADMIN, 'boss')).toEqual({ added: true });
    expect(await setLeader(store, ADMIN, 'boss')).toEqual({ added: false });
    expect(store.state().leaders).toEqual(['boss']);
    expect(await removeLeader(store, ADMIN, 'boss')).toEqual({ removed: true });
    expect(store.state().leaders).toEqual([]);
  });
});
