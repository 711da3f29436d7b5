// A real server on 127.0.0.1:0 with generated keys, the stand-in as WeCom, and a scripted fake bot.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { BotReply, IncomingMessage } from '../../src/bot/message.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import { memoryLogger } from '../../src/log.ts';
import { createServer, type DubanServer } from '../../src/server.ts';
import { startStandIn, type StandIn } from '../../src/stand-in/index.ts';
import type { Clock } from '../../src/time/china.ts';


export interface Harness {
  url: string;
  config: Config;
  standIn: StandIn;
  app: DubanServer;
  seen: IncomingMessage[];
  log: ReturnType<typeof memoryLogger>;
  bot: { token: string; aesKey: string };
  appKeys: { corpId: string; agentId: string; token: string; aesKey: string };
  close(): Promise<void>;
}

export async function startHarness(
  answer: (msg: IncomingMessage) => Promise<BotReply> | BotReply = (m) => ({ markdown: [`收到：${m.text}`] }),
  o: { bodyLimitBytes?: number; clock?: Clock } = {},
): Promise<Harness> {
  const standIn = await startStandIn({ corpId: 'ww_test_corp', corpSecret: 'test-secret', clock: o.clock });
  const config = loadConfig(standIn.settings());
  const seen: IncomingMessage[] = [];
  const log = memoryLogger();
  const app = createServer({
    config,
    log,
    clock: o.clock,
    bodyLimitBytes: o.bodyLimitBytes,
    bot: { handle: async (m) => (seen.push(m), answer(m)) },
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url, config, standIn, app, seen, log,
    bot: config.bot!,
    appKeys: { corpId: config.app!.corpId, agentId: config.app!.agentId, token: config.app!.token, aesKey: config.app!.aesKey },
    async close() {
      await app.idle();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await standIn.close();
    },
  };
}
