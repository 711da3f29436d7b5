// Replaying what a write changed must give exactly the data the bot saw, order included: after a
// restart 「我单位还有哪些任务」 and the liaison list must read the same as before it.
import { describe, expect, it } from 'vitest';
import { applyDeltas, diff } from '../../src/store/delta.ts';
import { deepFreeze } from '../../src/store/freeze.ts';
import { freezeChanges, workingCopy } from '../../src/store/working-copy.ts';

interface Rec { id: string; v: number }
type Data = { version: 1; recs: Rec[]; names: string[] };
const keys = { recs: 'id', names: null };

// Deterministic pseudo-random numbers, so a failure can be replayed.
function rng(seed: number): () => number {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

const ops: Array<(d: Data, r: () => number, n: number) => void> = [
  (d, _r, n) => d.recs.push({ id: `k${n}`, v: n }), // a new report
  (d, r) => { // an admin returns a report: replaced where it stands
    if (!d.recs.length) return;
    const i = Math.floor(r() * d.recs.length);
    d.recs[i] = { ...d.recs[i], v: d.recs[i].v + 1 };
  },
  (d, r) => { // rebinding: the old record filtered out, the new one appended
    if (!d.recs.length) return;
    const gone = d.recs[Math.floor(r() * d.recs.length)];
    d.recs = [...d.recs.filter((x) => x !== gone), { id: gone.id, v: -1 }];
  },
  (d, r) => { d.recs = d.recs.filter(() => r() > 0.2); }, // reports dropped by a re-import
  (d) => { d.recs = d.recs.slice(Math.min(2, d.recs.length)); }, // the processed cap
  (d, _r, n) => d.recs.unshift({ id: `u${n}`, v: n }),
  (d, r, n) => d.recs.splice(Math.floor(r() * (d.recs.length + 1)), 0, { id: `s${n}`, v: n }),
  (d, r) => { // one removed, a later one replaced, in the same write
    if (d.recs.length < 3) return;
    const i = Math.floor(r() * (d.recs.length - 2));
    d.recs.splice(i, 1);
    d.recs[i + 1] = { ...d.recs[i + 1], v: 99 };
  },
  (d) => { d.recs = [...d.recs].reverse(); },
  (d, r) => { d.recs = Array.from(new Map(d.recs.map((x) => [x.id, r() > 0.5 ? { ...x, v: 7 } : x])).values()); }, // moving a unit
  (d, _r, n) => { d.names = n % 2 ? [...d.names, `boss${n}`] : d.names.filter((x, i) => i % 2 === 0); },
];

describe('what a write changed', () => {
  it('replays to the same data, in the same order, after any sequence of edits', () => {
    const r = rng(20261126);
    let data = deepFreeze<Data>({ version: 1, recs: [], names: [] });
    for (let n = 0; n < 3000; n++) {
      const working: Data = { ...data, recs: data.recs.slice(), names: data.names.slice() };
      const op = Math.floor(r() * ops.length);
      ops[op](working, r, n);
      const next = deepFreeze(working);
      const replayed = applyDeltas(data, [diff(data, next, keys)], keys);
      expect(replayed, `step ${n}, edit ${op}`).toEqual(next);
      data = next;
    }
  });

  it('replays the same when several writes are journalled at once, through the slots the store recorded', () => {
    const r = rng(20261127);
    // Mostly the writes chat makes (appends, replacements, the cap), now and then any other edit.
    const common = [ops[0]!, ops[1]!, ops[4]!];
    let onDisk = deepFreeze<Data>({ version: 1, recs: [], names: [] });
    let data = onDisk;
    for (let n = 0; n < 3000; n++) {
      const working = workingCopy(data);
      const edit = r() < 0.9 ? common[Math.floor(r() * common.length)]! : ops[Math.floor(r() * ops.length)]!;
      edit(working, r, n);
      data = freezeChanges(working, data);
      // A grouped write journals everything since the data on disk.
      if (r() < 0.3) {
        expect(applyDeltas(onDisk, [diff(onDisk, data, keys)], keys), `step ${n}`).toEqual(data);
        onDisk = data;
      }
    }
  });

  it('journals an appended report as itself alone, however many records there are', () => {
    const recs = deepFreeze(Array.from({ length: 50_000 }, (_, i) => ({ id: `k${i}`, v: i })));
    const before = { version: 1, recs, names: [] };
    const added = { id: 'new', v: 0 };
    expect(diff(before, { ...before, recs: [...recs, added] }, keys)).toEqual({ up: { recs: [added] }, rm: {}, set: {} });
    const replaced = { id: 'k10', v: -1 };
    const edited = recs.slice();
    edited[10] = replaced;
    expect(diff(before, { ...before, recs: edited }, keys)).toEqual({ up: { recs: [replaced] }, rm: {}, set: {} });
  });

  it('refuses a collection missing from the key table', () => {
    expect(() => diff({ recs: [] }, { recs: [], other: [1] }, keys)).toThrow(/other/);
  });
});
