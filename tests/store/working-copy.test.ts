// A mutation may change an array record by record (edit) or directly; both must commit the same data,
// and the slots the store then vouches for (lineage) must be exactly the ones a full comparison finds.
import { describe, expect, it } from 'vitest';
import { changesSince } from '../../src/store/lineage.ts';
import { edit } from '../../src/store/working-copy.ts';
import { comparedSlots, writeInMemory } from './helpers.ts';

type Rec = { id: string; v: number };
type Data = { version: number; recs: Rec[]; log: Rec[] };
const rec = (id: string, v = 0): Rec => ({ id, v });
const empty = (): Data => ({ version: 1, recs: [], log: [] });

const write = writeInMemory<Data>;
const compared = comparedSlots;

/** A small deterministic random sequence, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

describe('working copy', () => {
  it('commits record-by-record edits as the same data as direct edits, and knows their slots', () => {
    const next = random(7);
    let viaEdit = write(empty(), (d) => d.recs.push(...Array.from({ length: 30 }, (_, i) => rec(`r${i}`))));
    let direct: Data = viaEdit;
    const start = viaEdit;
    for (let n = 0; n < 300; n++) {
      const ops: Array<['push', Rec] | ['set', number, Rec] | ['drop', number]> = [];
      for (let k = Math.floor(next() * 4); k >= 0; k--) {
        const roll = next();
        const length = viaEdit.recs.length + ops.filter((o) => o[0] === 'push').length - ops.reduce((s, o) => s + (o[0] === 'drop' ? o[1] : 0), 0);
        if (roll < 0.4) ops.push(['push', rec(`n${n}.${k}`)]);
        else if (roll < 0.8 && length > 0) ops.push(['set', Math.floor(next() * length), rec(`s${n}.${k}`, n)]);
        else if (length > 2) ops.push(['drop', 1 + Math.floor(next() * 2)]);
      }
      const before = viaEdit;
      viaEdit = write(viaEdit, (d) => {
        const recs = edit(d, 'recs');
        for (const op of ops) {
          if (op[0] === 'push') recs.push(op[1]);
          else if (op[0] === 'set') recs.set(op[1], op[2]);
          else recs.dropHead(op[1]);
        }
      });
      direct = write(direct, (d) => {
        for (const op of ops) {
          if (op[0] === 'push') d.recs.push(op[1]);
          else if (op[0] === 'set') d.recs[op[1]] = op[2];
          else d.recs.splice(0, op[1]);
        }
      });
      expect(viaEdit.recs, `write ${n}`).toEqual(direct.recs);
      expect(Object.isFrozen(viaEdit.recs) && viaEdit.recs.every((r) => Object.isFrozen(r))).toBe(true);
      const step = changesSince(before.recs, viaEdit.recs);
      if (step) expect(step.slots, `write ${n}`).toEqual(compared(before.recs, viaEdit.recs, step.shift));
      const all = changesSince(start.recs, viaEdit.recs);
      if (all) expect(all.slots, `since start, write ${n}`).toEqual(compared(start.recs, viaEdit.recs, all.shift));
    }
    // The edits above are small, so the lineage must have vouched for most of them.
    expect(changesSince(start.recs, viaEdit.recs)).not.toBeNull();
  });

  it('reads its own edits, record by record and through the array', () => {
    const base = write(empty(), (d) => d.recs.push(rec('a'), rec('b'), rec('c')));
    const after = write(base, (d) => {
      const recs = edit(d, 'recs');
      recs.set(1, rec('b', 1));
      recs.dropHead(1);
      recs.push(rec('d'));
      expect([recs.length, recs.at(0)?.id, recs.at(0)?.v, recs.at(2)?.id, recs.at(3)]).toEqual([3, 'b', 1, 'd', undefined]);
      // Touching the array itself carries the edits over; later edits go to that array.
      expect(d.recs.map((r) => r.id)).toEqual(['b', 'c', 'd']);
      recs.push(rec('e'));
      d.recs[0] = rec('b', 2);
    });
    expect(after.recs.map((r) => `${r.id}${r.v}`)).toEqual(['b2', 'c0', 'd0', 'e0']);
    expect(base.recs.map((r) => `${r.id}${r.v}`)).toEqual(['a0', 'b0', 'c0']);
  });

  it('shares the arrays a write did not change, and freezes what it did', () => {
    const base = write(empty(), (d) => {
      d.recs.push(rec('a'));
      d.log.push(rec('x'));
    });
    const after = write(base, (d) => {
      edit(d, 'recs').push(rec('b'));
      d.version = 2;
    });
    expect(after.log).toBe(base.log);
    expect(after.version).toBe(2);
    // The data file keeps its field order.
    expect(Object.keys(after)).toEqual(['version', 'recs', 'log']);
    expect(Object.isFrozen(after) && Object.isFrozen(after.recs) && Object.isFrozen(after.recs[1])).toBe(true);
    expect(() => (after.recs[1] as Rec).v++).toThrow(TypeError);
  });

  it('takes fields a mutation adds or deletes, and arrays it assigns whole', () => {
    const base = write(empty(), (d) => d.recs.push(rec('a')));
    const after = write(base, (d) => {
      (d as Data & { note?: string }).note = 'n';
      delete (d as Partial<Data>).version;
      d.log = [rec('x')];
    });
    expect(after).toEqual({ recs: [rec('a')], log: [rec('x')], note: 'n' });
    expect(Object.isFrozen(after.log[0])).toBe(true);
  });

  it('refuses to replace a record that is not there', () => {
    const base = write(empty(), (d) => d.recs.push(rec('a')));
    expect(() => write(base, (d) => edit(d, 'recs').set(1, rec('b')))).toThrow(RangeError);
  });

  it('edits the array itself when the data is not a working copy', () => {
    const data: Data = { version: 1, recs: [rec('a')], log: [] };
    const recs = edit(data, 'recs');
    recs.push(rec('b'));
    recs.set(0, rec('a', 1));
    recs.dropHead(1);
    expect(data.recs).toEqual([rec('b')]);
  });
});
