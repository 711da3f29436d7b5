// The unit directory (units.json): load and save it, build one from a plan when there is none, and
// merge newly seen units into an edited one. Resolution of a task's units against it lives in
// ./resolve-units.ts and is re-exported here, as is chat lookup (./find-units.ts).
import { readFile, rename, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { UserError } from '../errors.ts';
import type { Plan } from '../plan/types.ts';
import { knownAliases } from './aliases.ts';
import { indexDirectory, lookupExact } from './directory-index.ts';
import type { DirectoryUnit, UnitDirectory } from './types.ts';
import { guessUnitKind } from './unit-kind.ts';

export { resolveUnits, type UnitResolution } from './resolve-units.ts';
export { findUnits, type UnitSearch } from './find-units.ts';

const directorySchema = z.object({
  version: z.literal(1),
  units: z.array(
    z.object({
      name: z.string().min(1),
      kind: z.enum(['镇', '街道', '开发区', '部门', '其他']),
      aliases: z.array(z.string()).default([]),
    }),
  ),
});

/** Checks parsed JSON is a unit directory; the error names the file and the first bad entry. */
export function parseDirectory(json: unknown, where = 'units.json'): UnitDirectory {
  const result = directorySchema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new UserError(`单位目录 ${where} 格式不对：${issue?.path.join('.') || '顶层'} ${issue?.message ?? ''}`.trim());
}

/** Reads a directory file; null when the file does not exist (the caller then builds one from the plan). */
export async function loadDirectory(path: string): Promise<UnitDirectory | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UserError(`单位目录 ${path} 不是有效的 JSON，请检查是否有多余或缺少的逗号、引号。`);
  }
  return parseDirectory(json, path);
}

/** Writes a directory readably; a crash mid-write leaves the previous file intact. */
export async function saveDirectory(path: string, dir: UnitDirectory): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(dir, null, 2)}\n`, 'utf8');
  await rename(tmp, path);
}

/** Every single unit (not group) a plan names, in order of first mention, kind guessed from the name. */
export function buildDirectoryFromPlan(plan: Plan): UnitDirectory {
  const units = new Map<string, DirectoryUnit>();
  for (const task of plan.tasks) {
    for (const ref of task.units) {
      if (ref.group || units.has(ref.name)) continue;
      units.set(ref.name, { name: ref.name, kind: guessUnitKind(ref.name), aliases: knownAliases(ref.name) });
    }
  }
  return { version: 1, units: [...units.values()] };
}

/**
 * Adds the units of `incoming` that `existing` does not know under any spelling. Existing entries are
 * kept exactly as they are (an admin's kinds, names and aliases win).
 */
export function mergeDirectory(
  existing: UnitDirectory,
  incoming: UnitDirectory,
): { directory: UnitDirectory; added: DirectoryUnit[] } {
  const index = new Map(indexDirectory(existing));
  const added: DirectoryUnit[] = [];
  for (const u of incoming.units) {
    if (lookupExact(index, u.name) || u.aliases.some((a) => lookupExact(index, a))) continue;
    added.push(u);
    index.set(u.name, u);
  }
  return { directory: { ...existing, units: [...existing.units, ...added] }, added };
}
