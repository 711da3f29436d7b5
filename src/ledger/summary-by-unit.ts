// The summary sheet's figures: per unit, across every plan sheet of the ledger.
import type { LedgerSheet } from './ledger-rows.ts';

export interface UnitSummary {
  unit: string;
  total: number;
  done: number;
  open: number;
  overdue: number;
  /** done / total, 0..1 */
  rate: number;
}

export function summariseByUnit(sheets: LedgerSheet[]): UnitSummary[] {
  const byUnit = new Map<string, UnitSummary>();
  for (const row of sheets.flatMap((s) => s.rows)) {
    if (!row.unit) continue;
    const s = byUnit.get(row.unit) ?? { unit: row.unit, total: 0, done: 0, open: 0, overdue: 0, rate: 0 };
    s.total++;
    if (row.status === 'done') s.done++;
    else s.open++;
    if (row.status === 'overdue') s.overdue++;
    byUnit.set(row.unit, s);
  }
  const list = [...byUnit.values()].map((s) => ({ ...s, rate: s.total ? s.done / s.total : 0 }));
  // Units with the most overdue work first: that is what the office chases.
  return list.sort((a, b) => b.overdue - a.overdue || a.rate - b.rate || a.unit.localeCompare(b.unit, 'zh'));
}
