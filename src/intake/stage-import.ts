// A document received from an admin (file message, fetched page, or a CLI file) becomes a preview and
// a pending import: a plan document through the plan importer, an exported ledger workbook through the
// ledger diff. Nothing is written until 「确认导入」.
import ExcelJS from 'exceljs';
import { UserError } from '../errors.ts';
import { previewImport } from '../plan/import-plan.ts';
import { renderPreview } from '../plan/preview.ts';
import type { Store } from '../store/store.ts';
import type { Clock } from '../time/china.ts';
import { planIdOfSheet } from '../ledger/columns.ts';
import { diffLedger, isEmptyDiff } from '../ledger/ledger-diff.ts';
import { readLedgerWorkbook } from '../ledger/read-workbook.ts';
import { renderLedgerDiff } from '../ledger/render-diff.ts';
import { documentName } from './file-kind.ts';
import { parsePlanBytes } from './parse-bytes.ts';
import { pendingImports } from './pending.ts';
import type { IntakeSettings } from './intake-settings.ts';

export interface IntakeDeps {
  store: Store;
  clock: Clock;
  settings: IntakeSettings;
}

export interface Staged {
  kind: 'plan' | 'ledger';
  /** The preview to show; ends with what to answer when something is pending. */
  text: string;
  pending: boolean;
}

/** An exported ledger: a sheet named after a plan whose first row carries the ledger's headers. */
export async function looksLikeLedger(bytes: Uint8Array): Promise<boolean> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    return false;
  }
  return wb.worksheets.some((ws) => {
    if (!planIdOfSheet(ws.name)) return false;
    const headers: string[] = [];
    ws.getRow(1).eachCell((c) => headers.push(c.text.trim()));
    return headers.includes('序号') && headers.includes('责任单位');
  });
}

const confirmHint = (s: IntakeSettings) =>
  `\n\n回复「确认导入」写入，回复「取消」放弃（${Math.round(s.pendingTtlMs / 60_000)} 分钟内有效）。`;

export async function stageDocument(deps: IntakeDeps, userId: string, doc: { name?: string; bytes: Uint8Array }): Promise<Staged> {
  const { store, clock, settings } = deps;
  const name = documentName(doc.bytes, doc.name);
  const pending = pendingImports(store, settings.pendingTtlMs);
  const at = clock().getTime();
  if (/\.xlsx$/i.test(name) && (await looksLikeLedger(doc.bytes))) {
    const sheets = await readLedgerWorkbook(doc.bytes);
    const diff = diffLedger(store.plans(), store.state(), store.directory(), sheets);
    if (isEmptyDiff(diff)) return { kind: 'ledger', text: renderLedgerDiff(diff), pending: false };
    pending.put(userId, { kind: 'ledger', name, sheets, diff, at });
    return { kind: 'ledger', text: renderLedgerDiff(diff) + confirmHint(settings), pending: true };
  }
  const plan = await parsePlanBytes(doc.bytes, name);
  if (plan.tasks.length === 0) {
    const why = plan.warnings.slice(0, 3).map((w) => `${w.where}：${w.message}`).join('；');
    throw new UserError(`没有在「${name}」中找到任务（没有可识别的任务分解表，也没有编号的工作事项）${why ? `。${why}` : ''}。没有导入任何内容。`);
  }
  const preview = previewImport(store, plan, { name, bytes: doc.bytes });
  if (preview.kind === 'unchanged') return { kind: 'plan', text: renderPreview(preview), pending: false };
  pending.put(userId, { kind: 'plan', name, preview, at });
  return { kind: 'plan', text: renderPreview(preview) + confirmHint(settings), pending: true };
}
