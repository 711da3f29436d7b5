// Writes a previewed import: a backup first, then the directory additions, the plan with its tasks and
// assignments, and finally drops the completion records of assignments the new version no longer has.
import { UserError } from '../errors.ts';
import { systemClock, type Clock } from '../time/china.ts';
import type { PlansData, StoredPlan } from '../store/schema.ts';
import type { Store, WriteContext } from '../store/store.ts';
import { previewFromHash, type ImportPreview, type ImportResult } from './import-plan.ts';

/** The store changed between preview and apply (another import): the preview is recomputed. */
class StalePreview extends Error {}

/**
 * Writes the import `p` describes (recomputing it if the store changed since the preview). The store
 * takes ownership of the preview's plan: its tasks and warnings are frozen once stored.
 */
export async function applyImport(store: Store, p: ImportPreview, ctx: WriteContext, clock: Clock = systemClock): Promise<ImportResult> {
  if (store.plans() !== p.basedOn) p = previewFromHash(store, p.plan, p.source);
  if (p.kind === 'unchanged') return result(p, null, 0);
  // A document the parser found nothing in would, as a new version, delete every task and record.
  if (p.plan.tasks.length === 0) throw new UserError(`没有在 ${p.source.name} 中找到任务，未导入。请检查文件内容后重试。`);
  const backupDir = await store.backup();
  if (p.newUnits.length > 0) {
    await store.updateDirectory(ctx, (d) => {
      const known = new Set(d.units.map((u) => u.name));
      const add = p.newUnits.filter((u) => !known.has(u.name));
      d.units.push(...add);
      return add.map((u) => ({ action: 'unit.add', before: null, after: u }));
    });
  }
  try {
    await store.updatePlans(ctx, (data) => writePlan(data, p, clock()));
  } catch (e) {
    if (!(e instanceof StalePreview)) throw e;
    p = previewFromHash(store, p.plan, p.source);
    if (p.kind === 'unchanged') return result(p, backupDir, 0);
    await store.updatePlans(ctx, (data) => writePlan(data, p, clock()));
  }
  const keep = new Set(p.draft.assignments.map((a) => a.id));
  const prefix = `${p.draft.planId}/`;
  const dropped = await store.updateState(ctx, (s) => {
    const gone = s.reports.filter((r) => r.assignmentId.startsWith(prefix) && !keep.has(r.assignmentId));
    if (gone.length) s.reports = s.reports.filter((r) => !r.assignmentId.startsWith(prefix) || keep.has(r.assignmentId));
    return gone.map((r) => ({ action: 'report.drop', before: r, after: null }));
  });
  return result(p, backupDir, dropped.length);
}

function writePlan(data: PlansData, p: ImportPreview, now: Date) {
  if (!sameData(data, p.basedOn)) throw new StalePreview();
  const { draft, previous, plan, source } = p;
  const stored: StoredPlan = {
    id: draft.planId,
    title: plan.title,
    year: plan.year,
    sourceName: source.name,
    sourceHash: source.hash,
    importedAt: now.toISOString(),
    status: 'active',
    version: previous ? (previous.version ?? 1) + 1 : 1,
    tasks: draft.tasks,
    warnings: plan.warnings,
  };
  data.plans = previous ? data.plans.map((x) => (x.id === stored.id ? stored : x)) : [...data.plans, stored];
  data.assignments = [...data.assignments.filter((a) => a.planId !== stored.id), ...draft.assignments];
  data.nextTaskNumber = draft.nextTaskNumber;
  const diff = p.diff && { added: p.diff.added.length, removed: p.diff.removed.length, changed: p.diff.changed.length };
  return [{ action: previous ? 'plan.version' : 'plan.import', before: previous && summary(previous), after: { ...summary(stored), assignments: draft.assignments.length, diff } }];
}

const summary = (s: StoredPlan) => ({ id: s.id, title: s.title, year: s.year, version: s.version ?? 1, sourceName: s.sourceName, sourceHash: s.sourceHash, tasks: s.tasks.length });

// Records are shared between versions of the data, so identical records mean nothing changed.
function sameData(a: Readonly<PlansData>, b: Readonly<PlansData>): boolean {
  const same = <T>(x: readonly T[], y: readonly T[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  return a.nextTaskNumber === b.nextTaskNumber && same(a.plans, b.plans) && same(a.assignments, b.assignments);
}

function result(p: ImportPreview, backupDir: string | null, droppedReports: number): ImportResult {
  const base = { kind: p.kind, planId: p.draft.planId, backupDir, tasks: p.draft.tasks.length, assignments: p.draft.assignments.length };
  if (p.kind === 'unchanged') {
    const why = p.unchangedReason === 'same-file' ? '这个文件已经导入过' : '内容与已导入的版本相同';
    return { ...base, newUnits: 0, keptReports: 0, droppedReports: 0, message: `${why}（计划 ${p.draft.planId}），未做任何改动。` };
  }
  const kept = p.reports.kept.length;
  const head = p.kind === 'new' ? `已导入新计划 ${p.draft.planId}` : `已更新计划 ${p.draft.planId}（第${(p.previous?.version ?? 1) + 1}版）`;
  const tail = p.kind === 'version' ? `，保留完成记录 ${kept} 条，移除 ${droppedReports} 条` : '';
  return {
    ...base, newUnits: p.newUnits.length, keptReports: kept, droppedReports,
    message: `${head}：任务 ${base.tasks} 项，分配 ${base.assignments} 条，新增单位 ${p.newUnits.length} 个${tail}。备份在 ${backupDir}。`,
  };
}
