// Looks units up by every spelling the directory knows: the canonical name, each alias, and the
// canonical form of each (so an alias typed as 县卫健局 also finds a unit listed as 县卫生健康局).
import { canonicalUnitName, COUNTY_PREFIX } from './aliases.ts';
import type { DirectoryUnit, UnitDirectory } from './types.ts';

export type DirectoryIndex = Map<string, DirectoryUnit>;

// Directories are replaced, never edited in place (see src/store/store.ts), so an index can be kept per
// directory object: resolving a large plan then builds it once instead of once per task.
const cache = new WeakMap<Readonly<UnitDirectory>, DirectoryIndex>();

/** The index of a directory; shared, so callers must not modify it (copy it with new Map first). */
export function indexDirectory(dir: Readonly<UnitDirectory>): ReadonlyMap<string, DirectoryUnit> {
  let index = cache.get(dir);
  if (!index) cache.set(dir, (index = buildIndex(dir)));
  return index;
}

function buildIndex(dir: Readonly<UnitDirectory>): DirectoryIndex {
  const index: DirectoryIndex = new Map();
  // Canonical names first so that an alias never shadows another unit's own name.
  for (const u of dir.units) index.set(u.name, u);
  for (const u of dir.units) {
    for (const spelling of [canonicalUnitName(u.name), ...u.aliases, ...u.aliases.map(canonicalUnitName)]) {
      if (!index.has(spelling)) index.set(spelling, u);
    }
  }
  return index;
}

/** The unit a written name means exactly (after canonicalising), or null. */
export function lookupExact(index: ReadonlyMap<string, DirectoryUnit>, written: string): DirectoryUnit | null {
  const name = written.normalize('NFKC').replace(/\s+/g, '');
  return index.get(name) ?? index.get(canonicalUnitName(name)) ?? null;
}

/** Units a prefix-less name (「司法局」) means once a county prefix is added; the caller decides on ties. */
export function lookupWithoutPrefix(index: ReadonlyMap<string, DirectoryUnit>, written: string): DirectoryUnit[] {
  const name = canonicalUnitName(written);
  if (COUNTY_PREFIX.test(name)) return [];
  const found = new Set<DirectoryUnit>();
  for (const prefix of ['县', '区', '市']) {
    const u = index.get(canonicalUnitName(prefix + name));
    if (u) found.add(u);
  }
  return [...found];
}
