// The real thing on loopback for end-to-end conversation tests: the store in a temp folder, the real
// bot, the real server with generated keys, and the stand-in as WeCom. `restart()` closes server and
// store and opens both again on the same data folder, as a redeploy would.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createBot } from '../../src/bot/bot.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import { memoryLogger } from '../../src/log.ts';
import { createServer, type DubanServer } from '../../src/server.ts';
import { startStandIn, type StandIn } from '../../src/stand-in/index.ts';
import type { OpenedStore } from '../../src/store/index.ts';
import { ADMIN, LEADER, clock, conversationStore } from './conversation-store.ts';


export interface LiveBot {
  url: string;
  config: Config;
  standIn: StandIn;
  store: OpenedStore;
  log: ReturnType<typeof memoryLogger>;
  bot: { token: string; aesKey: string };
  app: { corpId: string; agentId: string; token: string; aesKey: string };
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function startLiveBot(): Promise<LiveBot> {
  const standIn = await startStandIn({ corpId: 'ww_test_corp', corpSecret: 'test-secret' });
  const config = loadConfig(standIn.settings());
  Object.assign(config, { admins: [ADMIN], leaders: [LEADER] });
  const log = memoryLogger();
  let store = await conversationStore();
  let app: DubanServer;
  let server: Server;
  let port = 0;

  async function start(): Promise<void> {
    app = createServer({ config, log, bot: createBot({ store, config, clock, log }) });
    server = await new Promise((resolve) => {
      const s = app.listen(port, '127.0.0.1', () => resolve(s));
    });
    port = (server.address() as AddressInfo).port;
  }
  async function stop(): Promise<void> {
    await app.idle();
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    await store.close();
  }
  await start();

  const live: LiveBot = {
    url: `http://127.0.0.1:${port}`,
    config, standIn, store, log,
    bot: config.bot!,
    app: { corpId: config.app!.corpId, agentId: config.app!.agentId, token: config.app!.token, aesKey: config.app!.aesKey },
    async restart() {
      await stop();
      store = await conversationStore(store.dataDir);
      live.store = store;
      await start();
    },
    async close() {
      await stop();
      await standIn.close();
    },
  };
  return live;
}
