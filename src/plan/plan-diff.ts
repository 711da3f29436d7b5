// Which task of a new version is which task of the stored plan. Tasks are matched by 序号 with a
// similar requirement, or by a very similar requirement alone (a row moved or renumbered), so a
// corrected document keeps its task numbers and completion records.
import type { StoredTask } from '../store/schema.ts';
import type { Task } from './types.ts';

export interface TaskChange {
  before: StoredTask;
  after: Task;
  /** Chinese names of the fields that differ: 序号、分类、具体要求、责任单位、时限. */
  fields: string[];
}

export interface PlanDiff {
  /** New task id → the stored task it continues. */
  matches: Map<string, StoredTask>;
  added: Task[];
  removed: StoredTask[];
  changed: TaskChange[];
  unchanged: number;
}

const SAME_NO_MIN = 0.4;
const ANY_NO_MIN = 0.75;

export function diffTasks(before: StoredTask[], after: Task[]): PlanDiff {
  const matches = new Map<string, StoredTask>();
  const used = new Set<StoredTask>();
  const pair = (t: Task, s: StoredTask) => (matches.set(t.id, s), used.add(s));

  // Identical requirement text first: cheap and certain.
  const byText = new Map<string, StoredTask[]>();
  for (const s of before) byText.set(key(s.requirement), [...(byText.get(key(s.requirement)) ?? []), s]);
  for (const t of after) {
    const same = byText.get(key(t.requirement))?.filter((s) => !used.has(s));
    if (!same?.length) continue;
    pair(t, same.find((s) => s.no === t.no) ?? same[0]);
  }
  // Then the best remaining pairs by similarity, favouring the same 序号.
  const left = after.filter((t) => !matches.has(t.id));
  const open = before.filter((s) => !used.has(s));
  const candidates: { t: Task; s: StoredTask; score: number }[] = [];
  const grams = new Map<object, Set<string>>();
  const gramsOf = (x: Task) => grams.get(x) ?? grams.set(x, bigrams(x.requirement)).get(x)!;
  for (const t of left) {
    for (const s of open) {
      const sim = dice(gramsOf(t), gramsOf(s));
      const sameNo = t.no !== null && t.no === s.no;
      if (sim >= ANY_NO_MIN || (sameNo && sim >= SAME_NO_MIN)) candidates.push({ t, s, score: sim + (sameNo ? 0.5 : 0) });
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  for (const c of candidates) if (!matches.has(c.t.id) && !used.has(c.s)) pair(c.t, c.s);

  const changed: TaskChange[] = [];
  let unchanged = 0;
  for (const t of after) {
    const s = matches.get(t.id);
    if (!s) continue;
    const fields = changedFields(s, t);
    if (fields.length) changed.push({ before: s, after: t, fields });
    else unchanged++;
  }
  return {
    matches,
    added: after.filter((t) => !matches.has(t.id)),
    removed: before.filter((s) => !used.has(s)),
    changed,
    unchanged,
  };
}

/** Share of tasks (of the larger side) whose requirement text is the same: a cheap "is this the same plan?". */
export function textOverlap(before: readonly Task[], after: readonly Task[]): number {
  if (before.length === 0 || after.length === 0) return 0;
  const texts = new Set(before.map((t) => key(t.requirement)));
  const same = after.filter((t) => texts.has(key(t.requirement))).length;
  return same / Math.max(before.length, after.length);
}

function changedFields(s: Task, t: Task): string[] {
  const fields: string[] = [];
  if (s.no !== t.no) fields.push('序号');
  if (s.category.join('/') !== t.category.join('/')) fields.push('分类');
  if (s.requirement !== t.requirement) fields.push('具体要求');
  if (s.unitsText !== t.unitsText || JSON.stringify(s.units) !== JSON.stringify(t.units)) fields.push('责任单位');
  if (s.deadlineText !== t.deadlineText || JSON.stringify(s.deadline) !== JSON.stringify(t.deadline)) fields.push('时限');
  return fields;
}

// Punctuation and spacing differences are not changes of meaning worth losing a match over.
const key = (text: string) => text.replace(/[\s\p{P}]/gu, '');

function bigrams(text: string): Set<string> {
  const k = key(text);
  const out = new Set<string>();
  for (let i = 0; i < k.length - 1; i++) out.add(k.slice(i, i + 2));
  if (k.length === 1) out.add(k);
  return out;
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const g of a) if (b.has(g)) common++;
  return (2 * common) / (a.size + b.size);
}
