// The ledger's columns, shared by the export and by reading an edited workbook back, so the two
// cannot drift apart. Headers are what admins see in Excel; keys are what the code uses.

export const LEDGER_COLUMNS = [
  { key: 'number', header: '序号', width: 7 },
  { key: 'category', header: '工作任务', width: 20 },
  { key: 'requirement', header: '具体要求', width: 60 },
  { key: 'unit', header: '责任单位', width: 20 },
  { key: 'deadline', header: '时限要求', width: 18 },
  { key: 'status', header: '状态', width: 12 },
  { key: 'doneAt', header: '完成时间', width: 17 },
  { key: 'evidence', header: '佐证链接', width: 26 },
  { key: 'reportedBy', header: '报送人', width: 12 },
] as const;

export type LedgerColumnKey = (typeof LEDGER_COLUMNS)[number]['key'];

/** Columns an admin may correct; status, completion and evidence come from the chat and are read-only. */
export const EDITABLE_COLUMNS: readonly LedgerColumnKey[] = ['number', 'category', 'requirement', 'unit', 'deadline'];

/** Category levels are joined with this in the 工作任务 cell and split on it when read back. */
export const CATEGORY_SEPARATOR = ' / ';

export const SUMMARY_SHEET_NAME = '按单位汇总';

const SHEET_NAME_FORBIDDEN = /[\\/?*[\]:]/g;

/** Excel sheet names: at most 31 characters, none of \ / ? * [ ] :. The plan id leads so import can find the plan. */
export function sheetNameFor(planId: string, title: string): string {
  return `${planId} ${title.replace(SHEET_NAME_FORBIDDEN, '')}`.slice(0, 31).trim();
}

/** The plan id a sheet belongs to, or null for sheets that are not plan sheets (the summary, notes). */
export function planIdOfSheet(name: string): string | null {
  return /^(P\d+)(?:\s|$)/.exec(name.trim())?.[1] ?? null;
}
