// Renders the ledger as an Excel workbook an office can print and edit: one sheet per plan with a
// frozen header, fixed widths and wrapped text, overdue rows highlighted, and a summary sheet by unit.
import ExcelJS from 'exceljs';
import { inChina } from '../time/china.ts';
import { LEDGER_COLUMNS, SUMMARY_SHEET_NAME, sheetNameFor } from './columns.ts';
import { STATUS_LABEL, type LedgerRow, type LedgerSheet } from './ledger-rows.ts';
import { summariseByUnit } from './summary-by-unit.ts';
import { rowHeight } from './row-height.ts';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const OVERDUE_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
const DONE_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF006100' } };
const OVERDUE_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF9C0006' }, bold: true };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' },
};

function styleHeader(ws: ExcelJS.Worksheet): void {
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.height = 22;
  header.eachCell((c) => { c.fill = HEADER_FILL; c.border = THIN; });
  ws.views = [{ state: 'frozen', ySplit: 1, xSplit: 0 }];
  // Landscape, one page wide, header repeated: the workbook is also printed and filed.
  ws.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' };
}

const BODY: Partial<ExcelJS.Style> = { alignment: { vertical: 'top', wrapText: true }, border: THIN };
const BODY_STYLES = { body: BODY, centre: { ...BODY, alignment: { vertical: 'top', horizontal: 'center' } } } as const;
const OVERDUE_STYLES = {
  body: { ...BODY, fill: OVERDUE_FILL },
  centre: { ...BODY_STYLES.centre, fill: OVERDUE_FILL },
  status: { ...BODY, fill: OVERDUE_FILL, font: OVERDUE_FONT },
} as const;
const DONE_STATUS: Partial<ExcelJS.Style> = { ...BODY, font: DONE_FONT };
const widthOf = (key: string) => LEDGER_COLUMNS.find((c) => c.key === key)!.width;
const WRAPPED_WIDTHS = ['category', 'requirement', 'unit', 'deadline', 'evidence'].map(widthOf);

const statusText = (r: LedgerRow): string =>
  r.status === 'overdue' ? `${STATUS_LABEL.overdue}${r.overdueDays}天` : STATUS_LABEL[r.status];

function addPlanSheet(wb: ExcelJS.Workbook, sheet: LedgerSheet): void {
  const archived = sheet.plan.status === 'archived' ? '（已归档）' : '';
  const ws = wb.addWorksheet(sheetNameFor(sheet.plan.id, sheet.plan.title + archived));
  ws.columns = LEDGER_COLUMNS.map((c) => ({ key: c.key, header: c.header, width: c.width }));
  for (const r of sheet.rows) {
    const row = ws.addRow({
      number: r.number,
      category: r.category,
      requirement: r.requirement,
      unit: r.unit,
      deadline: r.deadline,
      status: statusText(r),
      doneAt: r.doneAt ? inChina(r.doneAt).format('YYYY-MM-DD HH:mm') : '',
      evidence: r.evidence ? { text: r.evidence, hyperlink: r.evidence } : '',
      reportedBy: r.reportedBy ?? '',
    });
    row.height = rowHeight([r.category, r.requirement, r.unit, r.deadline, r.evidence ?? ''], WRAPPED_WIDTHS);
    // One shared style object per kind of cell: assigning it is far cheaper than setting border,
    // alignment and fill one by one on 50,000 rows × 9 cells.
    const look = r.status === 'overdue' ? OVERDUE_STYLES : BODY_STYLES;
    row.eachCell({ includeEmpty: true }, (c, col) => { c.style = col === 1 ? look.centre : look.body; });
    if (r.status === 'overdue') row.getCell('status').style = OVERDUE_STYLES.status;
    else if (r.status === 'done') row.getCell('status').style = DONE_STATUS;
  }
  styleHeader(ws);
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: LEDGER_COLUMNS.length } };
}

function addSummarySheet(wb: ExcelJS.Workbook, sheets: LedgerSheet[]): void {
  const ws = wb.addWorksheet(SUMMARY_SHEET_NAME);
  ws.columns = [
    { key: 'unit', header: '责任单位', width: 24 },
    { key: 'total', header: '任务数', width: 9 },
    { key: 'done', header: '已完成', width: 9 },
    { key: 'open', header: '未完成', width: 9 },
    { key: 'overdue', header: '其中逾期', width: 10 },
    { key: 'rate', header: '完成率', width: 10 },
  ];
  for (const s of summariseByUnit(sheets)) {
    const row = ws.addRow(s);
    row.getCell('rate').numFmt = '0.0%';
    row.eachCell({ includeEmpty: true }, (c) => { c.border = THIN; });
    if (s.overdue > 0) row.getCell('overdue').font = OVERDUE_FONT;
  }
  styleHeader(ws);
}

export interface ExportOptions {
  /** Stamped into the workbook's properties. */
  createdAt: Date;
}

export async function exportLedgerWorkbook(sheets: LedgerSheet[], opts: ExportOptions): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '督办机器人';
  wb.created = opts.createdAt;
  wb.modified = opts.createdAt;
  for (const s of sheets) addPlanSheet(wb, s);
  addSummarySheet(wb, sheets);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
