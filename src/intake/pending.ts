// Imports waiting for 「确认导入」, one per admin, kept in memory for a limited time. A restart drops
// them, which is safe: nothing was written, and the admin simply sends the file again.
import type { ImportPreview } from '../plan/import-plan.ts';
import type { Store } from '../store/store.ts';
import type { LedgerDiff } from '../ledger/ledger-diff.ts';
import type { LedgerInputSheet } from '../ledger/read-workbook.ts';

export type PendingImport =
  | { kind: 'plan'; name: string; preview: ImportPreview; at: number }
  | { kind: 'ledger'; name: string; sheets: LedgerInputSheet[]; diff: LedgerDiff; at: number };

export type Taken = { status: 'ok'; pending: PendingImport } | { status: 'expired'; name: string } | { status: 'none' };

export class PendingImports {
  private readonly byUser = new Map<string, PendingImport>();
  constructor(private readonly ttlMs: number) {}

  put(userId: string, pending: PendingImport): void {
    this.byUser.set(userId, pending);
  }

  /** Removes and returns the user's pending import, telling an expired one apart from none. */
  take(userId: string, now: number): Taken {
    const p = this.byUser.get(userId);
    this.byUser.delete(userId);
    if (!p) return { status: 'none' };
    if (now - p.at > this.ttlMs) return { status: 'expired', name: p.name };
    return { status: 'ok', pending: p };
  }

  peek(userId: string, now: number): PendingImport | null {
    const p = this.byUser.get(userId);
    return p && now - p.at <= this.ttlMs ? p : null;
  }
}

const registry = new WeakMap<Store, PendingImports>();

/** The pending imports of one store (one bot): commands reach them through the store they are given. */
export function pendingImports(store: Store, ttlMs: number): PendingImports {
  let p = registry.get(store);
  if (!p) registry.set(store, (p = new PendingImports(ttlMs)));
  return p;
}
