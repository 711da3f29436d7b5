// Timestamped copies of the data files, made before every import: backups/<YYYYMMDD-HHmmss-SSS>/.
import { copyFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { inChina } from '../time/china.ts';

export async function backupFiles(dataDir: string, files: string[], at: Date): Promise<string> {
  const stamp = inChina(at).format('YYYYMMDD-HHmmss-SSS');
  // Two backups in the same millisecond (a fast test, a scripted double import) must not overwrite.
  let dir = join(dataDir, 'backups', stamp);
  for (let n = 2; existsSync(dir); n++) dir = join(dataDir, 'backups', `${stamp}-${n}`);
  await mkdir(dir, { recursive: true });
  for (const f of files) {
    if (existsSync(join(dataDir, f))) await copyFile(join(dataDir, f), join(dir, f));
  }
  return dir;
}
