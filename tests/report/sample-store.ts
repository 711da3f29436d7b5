// A real store (lowdb files in a temp dir) holding the sample plan, for tests that push or schedule.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/index.ts';
import type { Binding, PlansData, StateData } from '../../src/store/schema.ts';
import type { Clock } from '../../src/time/china.ts';
import { samplePlans, sampleState } from './sample-store-data.ts';

const ctx = { actor: 'test', channel: 'cli' as const, msgId: null };

export const tempDir = () => mkdtemp(join(tmpdir(), 'duban-report-'));

export async function openSampleStore(
  dir: string,
  opts: { clock?: Clock; plans?: PlansData; state?: StateData; bindings?: Binding[] } = {},
) {
  const store = await openStore(dir, { clock: opts.clock });
  const plans = opts.plans ?? samplePlans();
  const state = opts.state ?? sampleState();
  await store.updatePlans(ctx, (d) => {
    d.plans = plans.plans;
    d.assignments = plans.assignments;
    d.nextTaskNumber = plans.nextTaskNumber;
    return [{ action: 'test.seed', before: null, after: null }];
  });
  await store.updateState(ctx, (d) => {
    d.reports = state.reports;
    d.bindings = opts.bindings ?? state.bindings;
    return [{ action: 'test.seed', before: null, after: null }];
  });
  return store;
}
