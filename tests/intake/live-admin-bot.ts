// The real bot on loopback for the admin end-to-end tests: an empty store in a temp folder (or a given
// one), the real server with generated keys, the stand-in as WeCom and as the government website.
import { mkdtemp } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBot } from '../../src/bot/bot.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import { memoryLogger } from '../../src/log.ts';
import { createServer, type DubanServer } from '../../src/server.ts';
import { sendBotFile, sendBotText, startStandIn, type StandIn } from '../../src/stand-in/index.ts';
import { openStore, type OpenedStore } from '../../src/store/index.ts';

export const ADMIN = 'admin-gov';
export const NOW = new Date('2026-03-02T02:00:00.000Z');


export interface LiveAdminBot {
  url: string;
  config: Config;
  standIn: StandIn;
  store: OpenedStore;
  /** Sends a text as `userId` one-to-one; returns the immediate answer and, after background work, the later ones. */
  say(userId: string, text: string): Promise<{ now: string; later: string[] }>;
  sendFile(userId: string, bytes: Uint8Array, fileName?: string): Promise<{ now: string; later: string[] }>;
  close(): Promise<void>;
}

export async function startLiveAdminBot(dataDir?: string): Promise<LiveAdminBot> {
  const standIn = await startStandIn();
  const config = loadConfig({
    ...standIn.settings(),
    DUBAN_ADMINS: ADMIN, DUBAN_PLAN_URL_HOSTS: new URL(standIn.url).host,
  });
  const log = memoryLogger();
  const store = await openStore(dataDir ?? (await mkdtemp(join(tmpdir(), 'duban-admin-e2e-'))));
  const clock = () => NOW;
  const app: DubanServer = createServer({ config, log, clock, bot: createBot({ store, config, clock, log }) });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  config.publicBaseUrl = url;

  async function exchange(send: (responseUrl: string) => Promise<{ status: number; text: string }>) {
    const responseUrl = standIn.responseUrl();
    const r = await send(responseUrl);
    if (r.status !== 200) throw new Error(`callback answered ${r.status}`);
    await app.idle();
    const later = standIn.sent(new URL(responseUrl).pathname).map((q) => (q.body as { markdown?: { content: string } }).markdown?.content ?? JSON.stringify(q.body));
    return { now: r.text, later };
  }

  return {
    url, config, standIn, store,
    say: (userId, text) => exchange((responseUrl) => sendBotText({ serverUrl: url, bot: config.bot!, userId, text, responseUrl })),
    sendFile: (userId, bytes, fileName) =>
      exchange((responseUrl) =>
        sendBotFile({ serverUrl: url, bot: config.bot!, userId, responseUrl, url: standIn.serveEncryptedFile(bytes, config.bot!.aesKey), fileName })),
    async close() {
      await app.idle();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await store.close();
      await standIn.close();
    },
  };
}
