// The copy of the committed data a mutation changes (./write-queue.ts). Its arrays are copied only
// when the mutation touches them: reading or assigning `data.reports` gives a plain copy, which is then
// compared slot by slot with the committed array when the write is frozen (./freeze.ts). A completion
// report needs none of that: through `edit(data, 'reports')` it appends or replaces single records and
// the store knows exactly which slots changed. The arrays are then built once per grouped file write,
// for all the reports in it (the write queue shares one copy between them).
import { deepFreeze, freezeArrayOver, freezeKnownEdits, slotsChanged } from './freeze.ts';

/** The fields of T that hold arrays. */
type ArrayField<T> = { [K in keyof T]-?: T[K] extends readonly unknown[] ? K : never }[keyof T] & string;
type ElementOf<A> = A extends readonly (infer R)[] ? R : never;

/** One array of a working copy, edited record by record. Indexes are the array's as edited so far. */
export interface ArrayEdit<R> {
  readonly length: number;
  at(i: number): R | undefined;
  push(record: R): void;
  set(i: number, record: R): void;
  /** Removes the first `count` records (a capped list losing its oldest). */
  dropHead(count: number): void;
}

/** An array field of a working copy: the committed array, and either a full copy or the edits so far. */
interface Field {
  readonly base: readonly unknown[];
  /** Set once the mutation read or assigned the field itself. */
  array: unknown[] | null;
  /** Records dropped from the head of `base`. */
  dropped: number;
  /** Replacements, by slot in `base`. */
  replaced: Map<number, unknown> | null;
  appended: unknown[];
  /** How to take back each record-by-record edit, newest last; shared by the copy's fields. */
  readonly undo: Array<() => void>;
}

/** What every working copy holds: its array fields, out of sight of Object.keys and spreads. */
class WorkingCopy {
  readonly #fields: Map<string, Field>;
  readonly #keys: readonly string[];
  readonly #undo: Array<() => void>;
  constructor(fields: Map<string, Field>, keys: readonly string[], undo: Array<() => void>) {
    this.#fields = fields;
    this.#keys = keys;
    this.#undo = undo;
  }
  static fieldsOf(copy: object): Map<string, Field> | undefined {
    return #fields in copy ? (copy as WorkingCopy).#fields : undefined;
  }
  static undoOf(copy: object): Array<() => void> {
    return (copy as WorkingCopy).#undo;
  }
  /** The keys of the data it was made from, in order. */
  static keysOf(copy: WorkingCopy): readonly string[] {
    return copy.#keys;
  }
}

/** A class per shape of data (its keys, which of them hold arrays): array fields are accessors on its
 *  prototype, so a copy costs one small object, where defining accessors on each copy was ~10 µs. */
interface Shape {
  keys: readonly string[];
  arrays: readonly boolean[];
  make: new (fields: Map<string, Field>, keys: readonly string[], undo: Array<() => void>) => WorkingCopy;
}
const shapes = new Map<string, Shape>();
let lastShape: Shape | null = null;

const fits = (shape: Shape, data: Record<string, unknown>, keys: string[]): boolean =>
  shape.keys.length === keys.length && keys.every((k, i) => shape.keys[i] === k && shape.arrays[i] === Array.isArray(data[k]));

function shapeOf(data: Record<string, unknown>): Shape {
  const keys = Object.keys(data);
  // Writes alternate between a few shapes (state, plans, directory): look at the last one first.
  if (lastShape && fits(lastShape, data, keys)) return lastShape;
  const arrays = keys.map((k) => Array.isArray(data[k]));
  const signature = keys.map((k, i) => (arrays[i] ? `[${k}]` : k)).join(',');
  let shape = shapes.get(signature);
  if (!shape) {
    const make = class extends WorkingCopy {};
    for (const k of keys) {
      if (!Array.isArray(data[k])) continue;
      Object.defineProperty(make.prototype, k, {
        enumerable: true,
        configurable: true,
        get(this: WorkingCopy) {
          const field = WorkingCopy.fieldsOf(this)!.get(k)!;
          return (field.array ??= withEdits(field));
        },
        set(this: WorkingCopy, value: unknown[]) {
          WorkingCopy.fieldsOf(this)!.get(k)!.array = value;
        },
      });
    }
    shapes.set(signature, (shape = { keys, arrays, make }));
  }
  return (lastShape = shape);
}

/** A copy of the frozen `data` the mutation may change freely; arrays are copied on first touch.
 *  Array fields are read and assigned as usual, but are not own properties: do not spread the copy. */
export function workingCopy<T extends object>(data: T): T {
  const source = data as Record<string, unknown>;
  const shape = shapeOf(source);
  const fields = new Map<string, Field>();
  const undo: Array<() => void> = [];
  const copy = new shape.make(fields, shape.keys, undo) as WorkingCopy & Record<string, unknown>;
  for (const k of shape.keys) {
    const v = source[k];
    if (Array.isArray(v)) fields.set(k, { base: v, array: null, dropped: 0, replaced: null, appended: [], undo });
    else copy[k] = v;
  }
  return copy as unknown as T;
}

/** The field's array with the edits made so far: a plain copy the mutation may change directly. */
function withEdits(field: Field): unknown[] {
  // Spread, not slice(): V8 copies a frozen array through a slow path with slice() (~0.9 ms against
  // ~0.09 ms for 20,000 records). splice(0, n) on the new array only moves its start.
  const array = [...field.base];
  if (field.replaced) for (const [i, r] of field.replaced) array[i] = r;
  if (field.dropped > 0) array.splice(0, field.dropped);
  for (const r of field.appended) array.push(r);
  return array;
}

/** Record-by-record edits of one array: on a working copy's field, without copying it. */
class FieldEdit<R> implements ArrayEdit<R> {
  constructor(private readonly field: Field) {}

  private get kept(): number {
    return this.field.base.length - this.field.dropped;
  }

  get length(): number {
    const { array, appended } = this.field;
    return array ? array.length : this.kept + appended.length;
  }

  at(i: number): R | undefined {
    const { array, base, dropped, replaced, appended } = this.field;
    if (array) return array[i] as R;
    if (i < 0) return undefined;
    if (i >= this.kept) return appended[i - this.kept] as R;
    const r = replaced?.get(i + dropped);
    return (r ?? base[i + dropped]) as R;
  }

  // A record put in here is frozen at once, not when the batch is: a later write in the same batch
  // must not be able to edit it in place (./store.ts).
  push(record: R): void {
    const { array, appended, undo } = this.field;
    if (array) return void array.push(record);
    appended.push(deepFreeze(record));
    undo.push(() => appended.pop());
  }

  set(i: number, record: R): void {
    const field = this.field;
    if (field.array) return void (field.array[i] = record);
    if (i < 0 || i >= this.length) throw new RangeError(`no record at ${i} to replace`);
    deepFreeze(record);
    if (i >= this.kept) {
      const { appended } = field;
      const at = i - this.kept;
      const old = appended[at];
      appended[at] = record;
      return void field.undo.push(() => (appended[at] = old));
    }
    const replaced = (field.replaced ??= new Map());
    const slot = i + field.dropped;
    const had = replaced.has(slot);
    const old = replaced.get(slot);
    replaced.set(slot, record);
    field.undo.push(() => (had ? replaced.set(slot, old) : replaced.delete(slot)));
  }

  dropHead(count: number): void {
    const field = this.field;
    if (field.array) return void field.array.splice(0, count);
    if (count > this.kept) return void (field.array = withEdits(field).slice(count));
    if (count <= 0) return;
    field.dropped += count;
    field.undo.push(() => (field.dropped -= count));
  }
}

/** Record-by-record edits to `data[name]`; on data that is not a working copy, edits the array itself. */
export function edit<T extends object, K extends ArrayField<T>>(data: T, name: K): ArrayEdit<ElementOf<T[K]>> {
  const field = WorkingCopy.fieldsOf(data)?.get(name);
  if (field) return new FieldEdit(field);
  const array = data[name];
  if (!Array.isArray(array)) throw new TypeError(`${name} is not an array in this data`);
  return new FieldEdit({ base: [], array, dropped: 0, replaced: null, appended: [], undo: [] });
}

/** A record a working copy put in one of its arrays, and the committed record it replaced. */
export interface PendingRecord<R> {
  before: R | undefined;
  after: R;
}

/**
 * The records put in `data[name]` since it was copied from `base` (appended or replaced; in slot
 * order), for lookups that answer for `base` through an index and must add what the writes batched
 * with this one changed (./write-queue.ts). On data that is not a working copy: none.
 */
export function pendingRecords<T extends object, K extends ArrayField<T>>(data: T, name: K): PendingRecord<ElementOf<T[K]>>[] {
  const field = WorkingCopy.fieldsOf(data)?.get(name);
  if (!field) return [];
  type R = ElementOf<T[K]>;
  const out: PendingRecord<R>[] = [];
  const { base, array } = field;
  if (array) {
    // Touched directly: compared with the committed array, as freezing it will be.
    const { shift, slots } = slotsChanged(array, base);
    return slots.map((i) => ({ before: base[i + shift] as R | undefined, after: array[i] as R }));
  }
  if (field.replaced) {
    for (const slot of [...field.replaced.keys()].sort((a, b) => a - b)) {
      if (slot >= field.dropped) out.push({ before: base[slot] as R, after: field.replaced.get(slot) as R });
    }
  }
  for (const r of field.appended) out.push({ before: undefined, after: r as R });
  return out;
}

/** Where a working copy's edits stood before a mutation, to undo the mutation if it throws. Taken
 *  while no array is touched directly (the write queue freezes the copy after such a mutation). */
export interface EditMark {
  own: Record<string, unknown>;
  undone: number;
}

export function markEdits(working: object): EditMark {
  return { own: { ...working }, undone: WorkingCopy.undoOf(working).length };
}

/** Puts the working copy back where `mark` found it. */
export function undoEdits(working: object, mark: EditMark): void {
  const own = working as Record<string, unknown>;
  for (const k of Object.keys(own)) if (!(k in mark.own)) delete own[k];
  Object.assign(own, mark.own);
  for (const f of WorkingCopy.fieldsOf(working)!.values()) f.array = null;
  const undo = WorkingCopy.undoOf(working);
  while (undo.length > mark.undone) undo.pop()!();
}

/** Whether the working copy changed since `mark`. */
export function editedSince(working: object, mark: EditMark): boolean {
  if (WorkingCopy.undoOf(working).length !== mark.undone) return true;
  const own = working as Record<string, unknown>;
  const keys = Object.keys(own);
  if (keys.length !== Object.keys(mark.own).length || keys.some((k) => own[k] !== mark.own[k])) return true;
  for (const f of WorkingCopy.fieldsOf(working)!.values()) {
    if (!f.array) continue;
    // Read directly (copied) and perhaps changed: compare with what its edits hold.
    const before = withEdits({ ...f, array: null });
    if (before.length !== f.array.length || before.some((r, i) => r !== f.array![i])) return true;
  }
  return false;
}

/** Whether a mutation read or assigned one of the copy's arrays itself (rather than through edit). */
export function touchedDirectly(working: object): boolean {
  for (const f of WorkingCopy.fieldsOf(working)!.values()) if (f.array !== null) return true;
  return false;
}

/**
 * The working copy as committed data: frozen, sharing every record and array it did not change.
 * Arrays changed through `edit` are built from their edits; arrays the mutation touched directly are
 * compared with the committed ones. Either way the store's lineage learns which slots changed.
 */
export function freezeChanges<T extends object>(working: T, base: T): T {
  const fields = WorkingCopy.fieldsOf(working);
  if (!fields) throw new Error('freezeChanges needs a copy made by workingCopy');
  const before = base as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  // The committed data's key order, then any field the mutation added.
  for (const k of [...WorkingCopy.keysOf(working as unknown as WorkingCopy), ...Object.keys(working)]) {
    if (k in out || !(k in working)) continue;
    const field = fields.get(k);
    if (!field) {
      const v = (working as Record<string, unknown>)[k];
      out[k] = v === before[k] ? v : deepFreeze(v);
    } else if (field.array) {
      const v = field.array;
      if (!Array.isArray(v)) deepFreeze(v);
      else if (v !== field.base) freezeArrayOver(v, field.base);
      out[k] = v;
    } else if (field.dropped === 0 && !field.replaced?.size && field.appended.length === 0) {
      out[k] = field.base;
    } else {
      out[k] = fromEdits(field);
    }
  }
  return Object.freeze(out) as T;
}

function fromEdits(field: Field): unknown[] {
  const next = withEdits(field);
  const slots: number[] = [];
  if (field.replaced) for (const i of field.replaced.keys()) if (i >= field.dropped) slots.push(i - field.dropped);
  const kept = field.base.length - field.dropped;
  for (let i = 0; i < field.appended.length; i++) slots.push(kept + i);
  slots.sort((a, b) => a - b);
  freezeKnownEdits(next, field.base, field.dropped, slots);
  return next;
}
