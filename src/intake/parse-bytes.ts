// The plan reader works on files: received bytes are written to a private temp folder under their
// name (the extension picks the reader), parsed, and removed.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePlanFile } from '../plan/index.ts';
import type { Plan } from '../plan/types.ts';

export async function parsePlanBytes(bytes: Uint8Array, name: string): Promise<Plan> {
  const dir = await mkdtemp(join(tmpdir(), 'duban-intake-'));
  try {
    const path = join(dir, name.replace(/[\\/]/g, '_'));
    await writeFile(path, bytes);
    return await parsePlanFile(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
