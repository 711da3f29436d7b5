// The whole product on loopback, for the demo, `npm run chat` and the bench: a fresh data folder with the
// sample plan imported through the import API, the stand-in as WeCom, generated callback keys, and the
// real server on an ephemeral port. Nothing here is used by `npm start`.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBot } from '../bot/bot.ts';
import { loadConfig, type Config } from '../config.ts';
import { createLogger, type Logger } from '../log.ts';
import { applyImport, previewImport, type ImportResult } from '../plan/import-plan.ts';
import { parsePlanFile } from '../plan/index.ts';
import { createServer, type DubanServer } from '../server.ts';
import { openStore, type OpenedStore } from '../store/index.ts';
import { systemClock, type Clock } from '../time/china.ts';
import { loadDirectory } from '../units/directory.ts';
import { startStandIn, type StandIn } from './stand-in.ts';
import type { AppKeys, BotKeys } from './callbacks.ts';

// Resolved from this file, so the demo works from any working directory.
const repo = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
export const SAMPLE_PLAN = repo('tests/fixtures/seeds/000_20bb31a74edcb18b.txt');
export const SAMPLE_UNITS = repo('data/samples/units-gaoqing.json');

export interface LocalRig {
  url: string;
  config: Config;
  store: OpenedStore;
  standIn: StandIn;
  app: DubanServer;
  bot: BotKeys;
  appKeys: AppKeys;
  imported: ImportResult | null;
  close(): Promise<void>;
}

export interface RigOptions {
  dataDir?: string;
  planFile?: string | null;
  unitsFile?: string | null;
  admins?: string[];
  clock?: Clock;
  log?: Logger;
  /** Builds the store's content itself (the bench); then no plan is imported. */
  seed?: (store: OpenedStore) => Promise<void>;
}

const ctx = { actor: 'demo', channel: 'cli' as const, msgId: null };

/** Loads the sample unit directory, then imports the plan, exactly as an administrator would. */
export async function importSample(store: OpenedStore, planFile: string, unitsFile: string | null): Promise<ImportResult> {
  const directory = unitsFile ? await loadDirectory(unitsFile) : null;
  if (directory) {
    await store.updateDirectory(ctx, (d) => {
      d.units = directory.units;
      return [{ action: 'directory.load', before: null, after: { units: directory.units.length, from: basename(unitsFile!) } }];
    });
  }
  const plan = await parsePlanFile(planFile);
  const bytes = await readFile(planFile);
  return applyImport(store, previewImport(store, plan, { name: basename(planFile), bytes }), ctx);
}

export async function startLocalRig(o: RigOptions = {}): Promise<LocalRig> {
  const clock = o.clock ?? systemClock;
  const log = o.log ?? createLogger();
  const ownDir = o.dataDir ? null : await mkdtemp(join(tmpdir(), 'duban-demo-'));
  const dataDir = o.dataDir ?? ownDir!;
  const store = await openStore(dataDir, { clock });
  const imported = o.seed
    ? (await o.seed(store), null)
    : o.planFile === null
      ? null
      : await importSample(store, o.planFile ?? SAMPLE_PLAN, o.unitsFile === undefined ? SAMPLE_UNITS : o.unitsFile);

  const standIn = await startStandIn({ corpId: 'ww_demo_corp', corpSecret: 'demo-secret', clock });
  const config = loadConfig({
    ...standIn.settings(),
    DUBAN_DATA_DIR: dataDir,
    DUBAN_ADMINS: (o.admins ?? ['admin']).join(','),
  });
  const app = createServer({ config, log, clock, bot: createBot({ store, config, clock, log }) });
  const server: Server = await new Promise((ok) => {
    const s = app.listen(0, '127.0.0.1', () => ok(s));
  });
  const a = config.app!;
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    config,
    store,
    standIn,
    app,
    bot: config.bot!,
    appKeys: { corpId: a.corpId, agentId: a.agentId, token: a.token, aesKey: a.aesKey },
    imported,
    async close() {
      await app.idle();
      server.closeAllConnections();
      await new Promise((ok) => server.close(ok));
      await standIn.close();
      await store.close();
      if (ownDir) await rm(ownDir, { recursive: true, force: true });
    },
  };
}
