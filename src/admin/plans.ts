// Plan lifecycle: list the plans, archive one (it leaves queries, summaries and reminders, which look
// at active plans only, but stays in the ledger export and the audit log), or bring it back.
import { UserError } from '../errors.ts';
import type { PlanStatus, StoredPlan } from '../store/schema.ts';
import type { Store, WriteContext } from '../store/store.ts';

export interface PlanListing {
  id: string;
  title: string;
  year: number | null;
  status: PlanStatus;
  importedAt: string;
  tasks: number;
  assignments: number;
  done: number;
  /** Task numbers liaisons use, first and last, so several active plans stay unambiguous. */
  numbers: [number, number] | null;
}

export function listPlans(store: Store): PlanListing[] {
  const { plans, assignments } = store.plans();
  const done = new Set(store.state().reports.filter((r) => r.status === 'done').map((r) => r.assignmentId));
  return plans.map((p) => {
    const mine = assignments.filter((a) => a.planId === p.id);
    const numbers = p.tasks.map((t) => t.number);
    return {
      id: p.id, title: p.title, year: p.year, status: p.status, importedAt: p.importedAt,
      tasks: p.tasks.length, assignments: mine.length, done: mine.filter((a) => done.has(a.id)).length,
      numbers: numbers.length ? [Math.min(...numbers), Math.max(...numbers)] : null,
    };
  });
}

/** 「P2」「p2」「2」 → the stored plan. */
export function requirePlan(store: Store, ref: string): StoredPlan {
  const id = /^\s*[Pp]?\s*(\d+)\s*$/.exec(ref)?.[1];
  const plan = id ? store.plans().plans.find((p) => p.id === `P${id}`) : undefined;
  if (!plan) {
    const ids = store.plans().plans.map((p) => p.id).join('、');
    throw new UserError(`没有编号为「${ref.trim()}」的计划。${ids ? `现有计划：${ids}。` : '还没有导入任何计划。'}`);
  }
  return plan;
}

async function setStatus(store: Store, ctx: WriteContext, ref: string, status: PlanStatus): Promise<{ plan: StoredPlan; changed: boolean }> {
  const plan = requirePlan(store, ref);
  let changed = false;
  await store.updatePlans(ctx, (d) => {
    const i = d.plans.findIndex((p) => p.id === plan.id);
    if (d.plans[i].status === status) return [];
    changed = true;
    const before = d.plans[i];
    d.plans[i] = { ...before, status };
    return [{ action: status === 'archived' ? 'plan.archive' : 'plan.restore', before: { id: plan.id, status: before.status }, after: { id: plan.id, status } }];
  });
  return { plan: requirePlan(store, plan.id), changed };
}

export const archivePlan = (store: Store, ctx: WriteContext, ref: string) => setStatus(store, ctx, ref, 'archived');
export const restorePlan = (store: Store, ctx: WriteContext, ref: string) => setStatus(store, ctx, ref, 'active');
