// The copy of the committed data a mutation changes (./write-queue.ts). Its arrays are copied only
// when the mutation touches them: reading or assigning `data.reports` gives a plain copy, which is then
// compared slot by slot with the committed array when the write is frozen (./freeze.ts). A completion
// report needs none of that: through `edit(data, 'reports')` it appends or replaces single records, the
// store knows exactly which slots changed, and the write costs the same with 50 reports or 50,000.
import { deepFreeze, freezeArrayOver, freezeKnownEdits } from './freeze.ts';

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
}

/** What every working copy holds: its array fields, out of sight of Object.keys and spreads. */
class WorkingCopy {
  readonly #fields: Map<string, Field>;
  readonly #keys: readonly string[];
  constructor(fields: Map<string, Field>, keys: readonly string[]) {
    this.#fields = fields;
    this.#keys = keys;
  }
  static fieldsOf(copy: object): Map<string, Field> | undefined {
    return #fields in copy ? (copy as WorkingCopy).#fields : undefined;
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
  make: new (fields: Map<string, Field>, keys: readonly string[]) => WorkingCopy;
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
  const copy = new shape.make(fields, shape.keys) as WorkingCopy & Record<string, unknown>;
  for (const k of shape.keys) {
    const v = source[k];
    if (Array.isArray(v)) fields.set(k, { base: v, array: null, dropped: 0, replaced: null, appended: [] });
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

  push(record: R): void {
    const { array, appended } = this.field;
    if (array) array.push(record);
    else appended.push(record);
  }

  set(i: number, record: R): void {
    const field = this.field;
    if (field.array) field.array[i] = record;
    else if (i < 0 || i >= this.length) throw new RangeError(`no record at ${i} to replace`);
    else if (i >= this.kept) field.appended[i - this.kept] = record;
    else (field.replaced ??= new Map()).set(i + field.dropped, record);
  }

  dropHead(count: number): void {
    const field = this.field;
    if (field.array) field.array.splice(0, count);
    else if (count > this.kept) field.array = withEdits(field).slice(count);
    else field.dropped += count;
  }
}

/** Record-by-record edits to `data[name]`; on data that is not a working copy, edits the array itself. */
export function edit<T extends object, K extends ArrayField<T>>(data: T, name: K): ArrayEdit<ElementOf<T[K]>> {
  const field = WorkingCopy.fieldsOf(data)?.get(name);
  return new FieldEdit(field ?? { base: [], array: data[name] as unknown[], dropped: 0, replaced: null, appended: [] });
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
    } else if (field.dropped === 0 && !field.replaced && field.appended.length === 0) {
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
