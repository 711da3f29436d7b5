// How each committed array came from the one before it, so that whoever keeps figures over an older
// version (done counts, the processed-message index) can catch up by the records that changed instead
// of comparing every slot of two 50,000-record arrays. freezeChanges (./freeze.ts) records one step
// per array a write replaced; it already compares the slots, so the step is free to record.
//
// A step says: `to[i] === from[i + shift]` for every slot i of `to` except `slots` (replaced or new
// records). Only steps that keep that promise are recorded (no removals from the middle or the end);
// any other write leaves no step, and callers fall back to their full comparison.

interface Step {
  parent: number;
  shift: number;
  slots: readonly number[];
}

/** Recent steps are kept in two generations of this many (a reader further behind compares in full):
 *  evicting a full Map's oldest key one at a time walks past the holes of earlier deletions. */
const STEPS_PER_GENERATION = 2_048;

const ids = new WeakMap<readonly unknown[], number>();
let steps = new Map<number, Step>();
let olderSteps = new Map<number, Step>();
let lastId = 0;

function idOf(array: readonly unknown[]): number {
  let id = ids.get(array);
  if (id === undefined) ids.set(array, (id = ++lastId));
  return id;
}

export function recordStep(from: readonly unknown[], to: readonly unknown[], shift: number, slots: readonly number[]): void {
  if (steps.size >= STEPS_PER_GENERATION) {
    olderSteps = steps;
    steps = new Map();
  }
  steps.set(idOf(to), { parent: idOf(from), shift, slots });
}

/**
 * The slots of `to` whose records are not `from`'s (in increasing order), and how many records `from`
 * lost at its head, when `to` is a known later version of `from`; otherwise null. Every slot i of `to`
 * not listed holds `from[i + shift]`.
 */
export function changesSince(from: readonly unknown[], to: readonly unknown[]): { shift: number; slots: number[] } | null {
  if (from === to) return { shift: 0, slots: [] };
  const target = ids.get(from);
  let at: number | undefined = ids.get(to);
  if (target === undefined || at === undefined) return null;
  const changed = new Set<number>();
  let shift = 0;
  while (at !== target) {
    const step: Step | undefined = steps.get(at) ?? olderSteps.get(at);
    if (!step) return null;
    // Slots of this step are in its own array's numbering; `to[i]` sits at i + shift there.
    for (const j of step.slots) if (j - shift >= 0) changed.add(j - shift);
    shift += step.shift;
    at = step.parent;
  }
  return { shift, slots: [...changed].sort((a, b) => a - b) };
}
