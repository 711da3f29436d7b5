// How each committed array came from the one before it, so that whoever keeps figures over an older
// version (done counts, the processed-message index) can catch up by the records that changed instead
// of comparing every slot of two 50,000-record arrays. freezeChanges (./freeze.ts) records one step
// per array a write replaced; it already compares the slots, so the step is free to record.
//
// A step says: `to[i] === from[i + shift]` for every slot i of `to` except `slots` (replaced or new
// records). Only steps that keep that promise are recorded (no removals from the middle or the end);
// any other write leaves no step, and callers fall back to their full comparison.
import { RecentMap } from '../recent-map.ts';

interface Step {
  parent: number;
  shift: number;
  slots: readonly number[];
}

/** Recent steps are kept, 2,048 to 4,096 of them; a reader further behind compares in full. */
const STEPS_PER_GENERATION = 2_048;

const ids = new WeakMap<readonly unknown[], number>();
const steps = new RecentMap<number, Step>(STEPS_PER_GENERATION);
let lastId = 0;

function idOf(array: readonly unknown[]): number {
  let id = ids.get(array);
  if (id === undefined) ids.set(array, (id = ++lastId));
  return id;
}

/** Records that `to` was made from `from`; `slots` in increasing order. */
export function recordStep(from: readonly unknown[], to: readonly unknown[], shift: number, slots: readonly number[]): void {
  // An array put back after it was replaced (an undo) already has a place in the lineage; a second
  // step for it would make a cycle. It simply gets none: readers compare in full.
  if (ids.has(to)) return;
  steps.set(idOf(to), { parent: idOf(from), shift, slots });
}

/** The last answer per `from`: readers ask again one write later (a count that stays on the committed
 *  data while the data a write starts from moves on), so the walk stops where the last one ended. */
interface Answer {
  to: number;
  shift: number;
  slots: readonly number[];
}
const lastAnswers = new Map<number, Answer>();

/**
 * The slots of `to` whose records are not `from`'s (in increasing order), and how many records `from`
 * lost at its head, when `to` is a known later version of `from`; otherwise null. Every slot i of `to`
 * not listed holds `from[i + shift]`.
 */
export function changesSince(from: readonly unknown[], to: readonly unknown[]): { shift: number; slots: readonly number[] } | null {
  if (from === to) return { shift: 0, slots: [] };
  const target = ids.get(from);
  const start = ids.get(to);
  if (target === undefined || start === undefined) return null;
  const last = lastAnswers.get(target);
  // Most readers are one write behind: that step's slots are the answer (they are in order).
  const step = steps.get(start);
  if (step?.parent === target) return remember(target, { to: start, shift: step.shift, slots: step.slots });
  const changed = new Set<number>();
  let shift = 0;
  let at = start;
  // Never longer than the steps kept: a walk that gets that far is going round (see recordStep).
  for (let walked = 0; at !== target; walked++) {
    if (walked > 2 * STEPS_PER_GENERATION) return null;
    // Slots are in the numbering of the array they belong to; `to[i]` sits at i + shift there.
    const known: Step | Answer | undefined = last?.to === at ? last : steps.get(at);
    if (!known) return null;
    for (const j of known.slots) if (j - shift >= 0) changed.add(j - shift);
    shift += known.shift;
    at = known === last ? target : (known as Step).parent;
  }
  return remember(target, { to: start, shift, slots: [...changed].sort((a, b) => a - b) });
}

function remember(target: number, answer: Answer): { shift: number; slots: readonly number[] } {
  if (lastAnswers.size > 64) lastAnswers.clear();
  lastAnswers.set(target, answer);
  return { shift: answer.shift, slots: answer.slots };
}
