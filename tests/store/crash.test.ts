import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.ts';
import { tempDir } from './helpers.ts';

describe('a crash in the middle of writing', () => {
  it('leaves a whole plans.json from one of the writes (the process is killed with SIGKILL)', async () => {
    for (const delay of [5, 40, 120]) {
      const dir = tempDir();
      const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'crash-writer.ts'), dir], { stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      const store = await openStore(dir);
      const p = store.plans();
      expect(p.nextTaskNumber).toBeGreaterThanOrEqual(2);
      expect(p.assignments).toHaveLength(20_000);
      expect(p.assignments.every((a) => a.unit === `单位${p.nextTaskNumber}`)).toBe(true);
    }
  });
});
