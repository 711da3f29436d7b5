// The lineage of committed arrays must tell exactly which slots changed, or nothing: every index that
// catches up by it (done counts, the report index) would otherwise count wrong.
import { describe, expect, it } from 'vitest';
import { changesSince } from '../../src/store/lineage.ts';
import { comparedSlots, writeInMemory } from './helpers.ts';

type Rec = { id: string; v: number };
type Data = { recs: Rec[]; log: Rec[] };
const rec = (id: string, v = 0): Rec => ({ id, v });

const write = writeInMemory<Data>;
const compared = comparedSlots;

describe('lineage of committed arrays', () => {
  it('names the replaced and appended slots across several writes', () => {
    const first = write({ recs: [], log: [] }, (d) => d.recs.push(rec('a'), rec('b'), rec('c'), rec('d')));
    const second = write(first, (d) => {
      d.recs[1] = rec('b', 1);
      d.recs.push(rec('e'));
    });
    const third = write(second, (d) => {
      d.recs[3] = rec('d', 1);
      d.recs.push(rec('f'));
    });
    expect(changesSince(first.recs, third.recs)).toEqual({ shift: 0, slots: [1, 3, 4, 5] });
    expect(compared(first.recs, third.recs, 0)).toEqual([1, 3, 4, 5]);
    expect(changesSince(second.recs, third.recs)).toEqual({ shift: 0, slots: [3, 5] });
    expect(changesSince(third.recs, third.recs)).toEqual({ shift: 0, slots: [] });
  });

  it('answers a reader that stays on one version while the data moves on, one write at a time', () => {
    const first = write({ recs: [], log: [] }, (d) => d.log.push(rec('1'), rec('2'), rec('3'), rec('4')));
    let data = first;
    for (let n = 5; n < 40; n++) {
      data = write(data, (d) => {
        d.log = [...d.log.slice(n % 3 === 0 ? 1 : 0), rec(String(n))];
        if (n % 4 === 0) d.log[d.log.length - 2] = rec(`${d.log[d.log.length - 2]!.id}'`);
      });
      const found = changesSince(first.log, data.log)!;
      expect(compared(first.log, data.log, found.shift), `write ${n}`).toEqual(found.slots);
    }
  });

  it('follows a capped list that loses its head', () => {
    let data = write({ recs: [], log: [] }, (d) => d.log.push(rec('1'), rec('2'), rec('3')));
    const start = data;
    data = write(data, (d) => (d.log = [...d.log.slice(1), rec('4')]));
    data = write(data, (d) => (d.log = [...d.log.slice(1), rec('5'), rec('6')]));
    const found = changesSince(start.log, data.log)!;
    expect(found).toEqual({ shift: 2, slots: [1, 2, 3] });
    expect(compared(start.log, data.log, found.shift)).toEqual(found.slots);
    expect(data.log.map((r) => r.id)).toEqual(['3', '4', '5', '6']);
  });

  it('vouches for nothing it cannot: an older version, an unrelated array, or a write that removed records', () => {
    const first = write({ recs: [], log: [] }, (d) => d.recs.push(rec('a'), rec('b'), rec('c')));
    const second = write(first, (d) => d.recs.push(rec('d')));
    expect(changesSince(second.recs, first.recs)).toBeNull();
    expect(changesSince(first.recs, Object.freeze([...second.recs]))).toBeNull();
    const removed = write(second, (d) => d.recs.splice(1, 2));
    expect(changesSince(second.recs, removed.recs)).toBeNull();
    expect(changesSince(first.recs, removed.recs)).toBeNull();
  });

  it('stays a line when a write puts an earlier array back', () => {
    const first = write({ recs: [], log: [] }, (d) => d.recs.push(rec('a'), rec('b')));
    const second = write(first, (d) => (d.recs[1] = rec('b', 1)));
    const undone = write(second, (d) => (d.recs = first.recs as Rec[]));
    expect(undone.recs).toBe(first.recs);
    // The put-back array keeps its one place in the lineage: no step leads back to it.
    expect(changesSince(second.recs, first.recs)).toBeNull();
    const third = write(second, (d) => d.recs.push(rec('c')));
    expect(changesSince(first.recs, third.recs)).toEqual({ shift: 0, slots: [1, 2] });
    expect(changesSince(third.recs, first.recs)).toBeNull();
  });
});
