// Plans without a task table: numbered items in the body become tasks. (Being written.)
import type { Block } from './source.ts';
import type { PlanWarning } from './types.ts';
import type { TableTaskRow } from './table/table-rows.ts';

export function readBodyItems(blocks: Block[]): { rows: TableTaskRow[]; warnings: PlanWarning[] } {
  void blocks;
  return { rows: [], warnings: [] };
}
