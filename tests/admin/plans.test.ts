import { afterEach, describe, expect, it } from 'vitest';
import { archivePlan, listPlans, restorePlan } from '../../src/admin/plans.ts';
import { buildLedger } from '../../src/ledger/ledger-rows.ts';
import type { OpenedStore } from '../../src/store/index.ts';
import { ADMIN, seededStore } from '../ledger/seed-store.ts';

let store: OpenedStore;
afterEach(() => store?.close());

describe('plan lifecycle', () => {
  it('lists plans with counts and their task number range', async () => {
    store = await seededStore();
    expect(listPlans(store)).toEqual([
      expect.objectContaining({ id: 'P1', status: 'active', tasks: 3, assignments: 4, done: 2, numbers: [1, 3] }),
    ]);
  });

  it('archives a plan by 「P1」 or 「1」; it stays in the ledger export, marked archived', async () => {
    store = await seededStore();
    expect((await archivePlan(store, ADMIN, '1')).changed).toBe(true);
    expect((await archivePlan(store, ADMIN, 'p1')).changed).toBe(false);
    expect(store.plans().plans[0].status).toBe('archived');
    expect(buildLedger(store.plans(), store.state(), '2026-07-01')[0]).toMatchObject({ plan: { status: 'archived' } });
    await restorePlan(store, ADMIN, 'P1');
    expect(store.plans().plans[0].status).toBe('active');
  });

  it('names the existing plans when the number is wrong', async () => {
    store = await seededStore();
    await expect(archivePlan(store, ADMIN, 'P9')).rejects.toThrow('没有编号为「P9」的计划。现有计划：P1。');
  });
});
