// Regenerates the committed samples of what leaders and liaisons receive: imports a real plan (seed
// 002, 沂源县2023) into a temporary data folder, records made-up but plausible completions and liaison
// bindings, then runs the real CLI: `report weekly --dry-run` and `report remind --dry-run`.
//   npx tsx docs/samples/make-samples.ts
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli, type CliIo } from '../../src/cli/main.ts';
import { applyImport, previewImport } from '../../src/plan/import-plan.ts';
import { parsePlanFile } from '../../src/plan/index.ts';
import { openStore } from '../../src/store/index.ts';
import { chinaInstant } from '../../src/time/china.ts';

const here = dirname(fileURLToPath(import.meta.url));
const SEED = join(here, '../../tests/fixtures/seeds/002_ff479ca82672f711.txt');
const AT = '2023-10-23 09:00'; // a Monday, the default weekly time
const ctx = { actor: 'sample', channel: 'cli' as const, msgId: null };

/** A stable number in [0, 1) from a string, so the samples do not change between runs. */
const unitHash = (s: string) => [...s].reduce((h, c) => (Math.imul(h ^ c.codePointAt(0)!, 16777619) >>> 0), 2166136261) / 2 ** 32;

const dataDir = await mkdtemp(join(tmpdir(), 'duban-samples-'));
const store = await openStore(dataDir);
const bytes = await readFile(SEED);
await applyImport(store, previewImport(store, await parsePlanFile(SEED), { name: basename(SEED), bytes }), ctx);

const at = chinaInstant('2023-10-23', '09:00').getTime();
const units = [...new Set(store.plans().assignments.map((a) => a.unit))];
await store.updateState(ctx, (d) => {
  for (const a of store.plans().assignments) {
    const unitRate = 0.15 + 0.8 * unitHash(a.unit);
    const r = unitHash(a.id);
    if (r >= unitRate) continue;
    // Most completions are weeks old; some came in this week.
    const daysAgo = r < unitRate * 0.12 ? 1 + Math.floor(r * 50) % 6 : 8 + Math.floor(r * 997) % 60;
    d.reports.push({ assignmentId: a.id, status: 'done', evidence: null, reportedBy: 'sample', reportedAt: new Date(at - daysAgo * 86_400_000).toISOString() });
  }
  units.slice(0, 12).forEach((unit, i) => d.bindings.push({ userId: `liaison${i + 1}`, unit, since: '2023-01-05T00:00:00Z' }));
  return [{ action: 'sample.seed', before: null, after: null }];
});
await store.close();

let out = '';
const io: CliIo = { out: (t) => void (out += t), err: (t) => void process.stderr.write(t), env: { ...process.env, DUBAN_DATA_DIR: dataDir }, interactive: false, ask: async () => '' };
if (await runCli(['report', 'weekly', '--dry-run', '--out', here, '--at', AT], io)) process.exit(1);
process.stdout.write(out);
out = '';
if (await runCli(['report', 'remind', '--dry-run', '--days', '7', '--at', AT], io)) process.exit(1);
await writeFile(join(here, '提醒-2023-10-23.txt'), out);
process.stdout.write(out);
