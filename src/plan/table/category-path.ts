// Category levels carried from row to row. An empty cell continues the level above, except under a
// new parent: when a higher level of the row holds a new value, the empty lower levels start empty.
import type { CategoryCell } from './row-reading.ts';
import { splitCategoryLevels } from './normalize.ts';

export type CategoryLevels = Array<string | null>;

export interface CategoryStep {
  levels: CategoryLevels;
  /** Lowest level whose value changed in this row, or -1. */
  changedAt: number;
}

export function advanceCategories(previous: CategoryLevels, cells: CategoryCell[]): CategoryStep {
  const levels = previous.slice();
  const kept = new Set<number>();
  let changedAt = Infinity;
  for (const cell of [...cells].sort((a, b) => a.level - b.level)) {
    if (cell.cleared) {
      for (let l = cell.level; l <= cell.lastLevel; l++) {
        if (levels[l]) changedAt = Math.min(changedAt, l);
        levels[l] = null;
        kept.add(l);
      }
      continue;
    }
    if (cell.continued) {
      for (let l = cell.level; l <= cell.lastLevel; l++) kept.add(l);
      continue;
    }
    const parts = splitCategoryLevels(cell.text);
    if (parts.length === 0) continue;
    let isNew = false;
    parts.forEach((part, k) => {
      const level = cell.level + k;
      kept.add(level);
      if (levels[level] !== part) {
        levels[level] = part;
        isNew = true;
        changedAt = Math.min(changedAt, level);
      }
    });
    // The rest of a multi-level cell is covered by it: no value of its own.
    for (let l = cell.level + parts.length; l <= cell.lastLevel; l++) {
      if (isNew) levels[l] = null;
      kept.add(l);
    }
  }
  if (changedAt !== Infinity) {
    for (let l = changedAt + 1; l < levels.length; l++) if (!kept.has(l)) levels[l] = null;
  }
  return { levels, changedAt: changedAt === Infinity ? -1 : changedAt };
}

export const categoryPath = (levels: CategoryLevels): string[] => levels.filter((l): l is string => !!l);
