// Importing a parsed plan into the store, in two steps so nothing bulk happens unseen: previewImport
// says exactly what would change (pure, no writes); applyImport backs up the store and writes it.
// Used by `plan import` and by the chat's 「确认导入」.
import { createHash } from 'node:crypto';
import type { DirectoryUnit } from '../units/types.ts';
import type { PlansData, Report, StoredPlan } from '../store/schema.ts';
import type { Store } from '../store/store.ts';
import { draftImport, type ImportDraft } from './import-draft.ts';
import { resolvePlanUnits } from './import-units.ts';
import { diffTasks, textOverlap, type PlanDiff } from './plan-diff.ts';
import type { Plan, PlanWarning } from './types.ts';

export type ImportKind = 'new' | 'version' | 'unchanged';

export interface ImportPreview {
  plan: Plan;
  source: { name: string; hash: string; size: number };
  /** new plan; new version of `previous` (same title and year); or nothing to do. */
  kind: ImportKind;
  /** Why nothing would change: the very same file was imported, or the new version has the same content. */
  unchangedReason: 'same-file' | 'same-content' | null;
  previous: StoredPlan | null;
  draft: ImportDraft;
  /** Canonical unit → number of tasks, most tasks first. */
  units: { name: string; tasks: number }[];
  groups: { name: string; members: string[] }[];
  newUnits: DirectoryUnit[];
  directoryBuilt: boolean;
  unresolved: { taskId: string; where: string; text: string; reason: string }[];
  diff: PlanDiff | null;
  reports: { kept: Report[]; dropped: Report[] };
  warnings: PlanWarning[];
  /** The plans data the preview was computed from; applyImport recomputes if the store moved on. */
  basedOn: Readonly<PlansData>;
}

export interface ImportResult {
  kind: ImportKind;
  planId: string;
  backupDir: string | null;
  tasks: number;
  assignments: number;
  newUnits: number;
  keptReports: number;
  droppedReports: number;
  /** A Chinese sentence saying what happened. */
  message: string;
}

export function previewImport(store: Store, plan: Plan, source: { name: string; bytes: Uint8Array }): ImportPreview {
  const hash = createHash('sha256').update(source.bytes).digest('hex');
  return previewFromHash(store, plan, { name: source.name, hash, size: source.bytes.byteLength });
}

/** previewImport once the file's hash is known (applyImport recomputes with it). */
export function previewFromHash(store: Store, plan: Plan, source: ImportPreview['source']): ImportPreview {
  const { hash } = source;
  const data = store.plans();
  const sameFile = data.plans.find((p) => p.sourceHash === hash) ?? null;
  const previous = sameFile ?? findPrevious(data.plans, plan);
  const units = resolvePlanUnits(plan, store.directory());
  const diff = previous ? diffTasks(previous.tasks, plan.tasks) : null;
  const draft = draftImport(data, plan, previous, diff, units);

  const ids = new Set(draft.assignments.map((a) => a.id));
  const ofPlan = store.state().reports.filter((r) => r.assignmentId.startsWith(`${draft.planId}/`));
  const reports = previous
    ? { kept: ofPlan.filter((r) => ids.has(r.assignmentId)), dropped: ofPlan.filter((r) => !ids.has(r.assignmentId)) }
    : { kept: [], dropped: [] };
  const sameContent = !sameFile && previous !== null && diff !== null && isSameContent(data, previous, diff, draft);
  const unchangedReason = sameFile ? 'same-file' : sameContent ? 'same-content' : null;

  const perUnit = new Map<string, number>();
  for (const a of draft.assignments) perUnit.set(a.unit, (perUnit.get(a.unit) ?? 0) + 1);
  return {
    plan,
    source,
    kind: unchangedReason ? 'unchanged' : previous ? 'version' : 'new',
    unchangedReason,
    previous,
    draft,
    units: [...perUnit].map(([name, tasks]) => ({ name, tasks })).sort((a, b) => b.tasks - a.tasks || a.name.localeCompare(b.name, 'zh')),
    groups: units.groups,
    newUnits: units.added,
    directoryBuilt: units.built,
    unresolved: plan.tasks.flatMap((t) =>
      (units.tasks.get(t.id)?.unresolved ?? []).map((u) => ({ taskId: t.id, where: t.where, ...u })),
    ),
    diff,
    reports,
    warnings: plan.warnings,
    basedOn: data,
  };
}

// The same plan is an active one (an archived one is history) with the same title and year, or of the
// same year with mostly the same tasks: a Word original and its Excel task table, or a corrected copy
// whose title was reworded, must not become a second plan that gives every unit each task twice.
const SAME_PLAN_OVERLAP = 0.6;

function findPrevious(plans: readonly StoredPlan[], plan: Plan): StoredPlan | null {
  const active = plans.filter((p) => p.status === 'active' && p.year === plan.year);
  const byTitle = active.find((p) => p.title === plan.title);
  if (byTitle) return byTitle;
  let best: { p: StoredPlan; overlap: number } | null = null;
  for (const p of active) {
    const overlap = textOverlap(p.tasks, plan.tasks);
    if (overlap >= SAME_PLAN_OVERLAP && overlap > (best?.overlap ?? 0)) best = { p, overlap };
  }
  return best?.p ?? null;
}

function isSameContent(data: Readonly<PlansData>, previous: StoredPlan, diff: PlanDiff, draft: ImportDraft): boolean {
  if (diff.added.length || diff.removed.length || diff.changed.length) return false;
  const before = data.assignments.filter((a) => a.planId === previous.id);
  if (before.length !== draft.assignments.length) return false;
  const after = new Map(draft.assignments.map((a) => [a.id, a]));
  return before.every((a) => after.get(a.id)?.role === a.role);
}

export { applyImport } from './apply-import.ts';
