// state.runs is the memory of what the scheduler has done: a run (or one step of it, e.g. the push to
// one group) counts as done only once its key is on disk, so a restart never repeats it.
import type { StateData } from '../store/schema.ts';
import type { Store } from '../store/store.ts';

export const hasRun = (state: Readonly<StateData>, key: string) => state.runs.some((r) => r.key === key);

export async function recordRun(store: Store, key: string, at: Date): Promise<void> {
  await store.updateState({ actor: 'system', channel: 'system', msgId: null }, (data) => {
    if (data.runs.some((r) => r.key === key)) return [];
    const record = { key, at: at.toISOString() };
    data.runs.push(record);
    return [{ action: 'schedule.run', before: null, after: record }];
  });
}
