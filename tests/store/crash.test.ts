import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
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

  it('keeps exactly the confirmed reports, in order, when killed in the middle of journal appends and snapshots', async () => {
    for (const delay of [3, 17, 41, 90, 150]) {
      const dir = tempDir();
      const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'crash-reporter.ts'), dir], { stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      child.stdout.on('data', (b) => (out += b));
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      const confirmed = out.split('\n').slice(0, -1);
      const stored = (await openStore(dir)).state().reports.map((r) => r.assignmentId);
      // Grouped writes land whole and in order: what is stored is the first n reports, n ≥ every confirmed one.
      expect(stored).toEqual(Array.from({ length: stored.length }, (_, i) => `P1/T${i}/县司法局`));
      expect(stored).toEqual(expect.arrayContaining(confirmed));
      const audit = readFileSync(join(dir, 'audit.jsonl'), 'utf8');
      for (const id of confirmed) expect(audit).toContain(`"msgId":"${id}"`);
    }
  });
});
