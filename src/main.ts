// `npm start`: validate the configuration, open the data folder, start the callback server and the
// scheduled pushes. Bad configuration stops here with the setting's name, before anything listens.
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { createBot } from './bot/bot.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { createDelivery } from './delivery/index.ts';
import { adminNotifier } from './delivery/admin-notifier.ts';
import { createLogger, type Logger } from './log.ts';
import { startSchedules } from './schedule/index.ts';
import { createServer } from './server.ts';
import { openStore } from './store/index.ts';
import { systemClock } from './time/china.ts';
import { createWecomApi } from './wecom/api-client.ts';

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n（设置说明见 .env.example）\n`);
      process.exit(1);
    }
    throw e;
  }
}

function listen(app: ReturnType<typeof createServer>, config: Config): Promise<Server> {
  return new Promise((ok, fail) => {
    const server = app.listen(config.port, config.host, () => ok(server));
    server.once('error', fail);
  });
}

async function main(log: Logger): Promise<void> {
  const config = readConfig();
  if (!config.bot && !config.app) log.warn('neither WECOM_BOT_* nor WECOM_APP_* is set: no callback route is open');
  const clock = systemClock;
  const store = await openStore(resolve(config.dataDir), { clock });
  const api = createWecomApi({ apiBase: config.apiBase, app: config.app, botAesKey: config.bot?.aesKey ?? null, clock });
  const bot = createBot({ store, config, clock, log });
  const app = createServer({ config, bot, log, clock, api });
  const notifyAdmins = adminNotifier(config, api);
  const sender = createDelivery({ config, store, log, clock, notifyAdmins });
  const schedules = await startSchedules({ store, config, clock, log, sender, notifyAdmins });
  const server = await listen(app, config);
  log.info('duban-bot listening', { address: server.address(), dataDir: store.dataDir, apiBase: config.apiBase });

  const stop = async (signal: string) => {
    log.info('stopping', { signal });
    schedules.stop();
    server.close();
    await app.idle();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

const log = createLogger();
main(log).catch((e) => {
  log.error('start-up failed', { error: e });
  process.exit(1);
});
