// 「确认导入」 and 「取消」: apply or drop the admin's pending import.
import { basename } from 'node:path';
import { UserError } from '../errors.ts';
import { applyImport } from '../plan/import-plan.ts';
import type { WriteContext } from '../store/store.ts';
import { applyLedgerDiff } from '../ledger/apply-diff.ts';
import { diffLedger, type LedgerDiff } from '../ledger/ledger-diff.ts';
import { listPlans } from '../admin/plans.ts';
import { pendingImports, type PendingImport } from './pending.ts';
import type { IntakeDeps } from './stage-import.ts';

/** What a ledger diff would do, without the parsed deadlines' identity: equal when nothing moved since the preview. */
const fingerprint = (d: LedgerDiff): string => JSON.stringify([d.edits, d.added, d.removed, d.newUnits]);

async function applyPending(deps: IntakeDeps, p: PendingImport, ctx: WriteContext): Promise<string> {
  const { store, clock } = deps;
  if (p.kind === 'plan') {
    const result = await applyImport(store, p.preview, ctx, clock);
    const listing = listPlans(store).find((l) => l.id === result.planId);
    const numbers = listing?.numbers ? `\n任务编号 ${listing.numbers[0]}–${listing.numbers[1]}（联络员用「任务N」「完成 N」指代）。` : '';
    return `${result.message}${numbers}`;
  }
  const diff = diffLedger(store.plans(), store.state(), store.directory(), p.sheets);
  if (fingerprint(diff) !== fingerprint(p.diff))
    throw new UserError('预览之后台账数据有了变化（可能有人同时修改了计划），为避免覆盖，请重新导出台账修改后再发送。');
  const r = await applyLedgerDiff(store, diff, ctx);
  return [
    `已导入台账修改：修改 ${diff.edits.length} 项任务，新增 ${diff.added.length} 项，删除 ${diff.removed.length} 项。`,
    `完成记录保留 ${diff.keptReports} 条${diff.lostReports ? `，${diff.lostReports} 条不再适用` : ''}。`,
    `导入前的数据已备份（${basename(r.backupDir)}）。`,
  ].join('\n');
}

export async function confirmImport(deps: IntakeDeps, userId: string, ctx: WriteContext): Promise<string> {
  const taken = pendingImports(deps.store, deps.settings.pendingTtlMs).take(userId, deps.clock().getTime());
  if (taken.status === 'none') return '没有待确认的导入。请先发送计划文件（Word、Excel、网页），或写「导入计划 网址」。';
  if (taken.status === 'expired') return `「${taken.name}」的导入预览已过期，没有写入。请重新发送文件。`;
  return applyPending(deps, taken.pending, ctx);
}

export function cancelImport(deps: IntakeDeps, userId: string): string {
  const taken = pendingImports(deps.store, deps.settings.pendingTtlMs).take(userId, deps.clock().getTime());
  if (taken.status === 'none') return '没有待确认的导入，无需取消。';
  return `已取消「${taken.status === 'ok' ? taken.pending.name : taken.name}」的导入，没有做任何修改。`;
}
