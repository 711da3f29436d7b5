// The text an Excel cell shows, from exceljs's value shapes: rich text runs joined, a formula's
// cached result, a hyperlink's label, numbers without binary noise, and dates as their Chinese format
// shows them, else as YYYY-MM-DD (China calendar days are stored as serial days, which exceljs hands
// over as UTC midnight).
import type ExcelJS from 'exceljs';
import { formatChineseDate } from './xlsx-dates.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const dateText = (d: Date) =>
  Number.isNaN(d.getTime()) ? '' : `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

function valueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(Number(value.toPrecision(15))) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if (typeof value !== 'object') return '';
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.richText)) return (v.richText as { text?: string }[]).map((r) => r.text ?? '').join('');
  if ('formula' in v || 'sharedFormula' in v) return valueText(v.result);
  if ('hyperlink' in v || 'text' in v) return valueText(v.text);
  if ('error' in v) return String(v.error);
  return '';
}

/** Cell text with Windows line ends made '\n' (Alt+Enter inside a cell); dates as a Chinese format shows them. */
export function cellText(cell: ExcelJS.Cell): string {
  const text = valueText(cell.value).replace(/\r\n?/g, '\n');
  const value = cell.value as unknown;
  const date = value instanceof Date || (value && typeof value === 'object' && (value as { result?: unknown }).result instanceof Date);
  return date && typeof cell.numFmt === 'string' ? (formatChineseDate(text, cell.numFmt) ?? text) : text;
}
