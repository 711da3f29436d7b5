// The HTTP face of the bot: Koa and @koa/router, and nothing else knows HTTP. Each WeCom channel is a
// receiver (src/wecom/*-receiver.ts); this file only reads the body within its limit and writes the
// receiver's answer. Tests use app.callback() or listen on port 0.
import Koa from 'koa';
import Router from '@koa/router';
import getRawBody from 'raw-body';
import type { Config } from './config.ts';
import type { Logger } from './log.ts';
import { systemClock, type Clock } from './time/china.ts';
import { createWecomApi, type WecomApi } from './wecom/api-client.ts';
import { mountDownloads } from './http/download.ts';
import { createAppReceiver } from './wecom/app-receiver.ts';
import { createBotReceiver } from './wecom/bot-receiver.ts';
import { createHandover, type BotHandler, type LaterSender } from './wecom/handover.ts';
import { plain, type CallbackAnswer, type Receiver } from './wecom/receiver.ts';

export interface ServerDeps {
  config: Config;
  bot: BotHandler;
  log: Logger;
  clock?: Clock;
  /** The WeCom API client for later replies; built from config when absent. */
  api?: WecomApi;
  /** Largest callback body accepted; larger ones get 413. WeCom's callbacks are a few KB. */
  bodyLimitBytes?: number;
}

export type DubanServer = Koa & {
  /** Resolves when every background delivery (further parts, follow-ups) has finished. */
  idle(): Promise<void>;
};

const DEFAULT_BODY_LIMIT = 256 * 1024;

/** Replies that did not fit in the passive answer go to response_url (bot) or the app message API. */
const laterSender = (api: WecomApi): LaterSender => ({
  async markdown(handle, markdown) {
    if (handle.kind === 'response_url') await api.replyToResponseUrl(handle.url, markdown);
    else if (handle.kind === 'app_user') await api.sendAppMarkdown(handle.userId, markdown);
  },
  async file(handle, file) {
    if (handle.kind !== 'app_user') return false;
    await api.sendAppFile(handle.userId, file.name, file.bytes);
    return true;
  },
});

/** The first value of each query parameter, straight from the query string: Koa's ctx.query builds an
 *  object of arrays-or-strings that we would only copy again (≈ 2 µs a callback, against ≈ 1). */
function query(ctx: Koa.Context): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(ctx.querystring)) if (!Object.hasOwn(out, k)) out[k] = v;
  return out;
}

function write(ctx: Koa.Context, a: CallbackAnswer): void {
  ctx.status = a.status;
  ctx.type = a.contentType;
  ctx.body = a.body;
}

async function readBody(ctx: Koa.Context, limit: number): Promise<CallbackAnswer | string> {
  try {
    return await getRawBody(ctx.req, { limit, encoding: 'utf8' });
  } catch (e) {
    const status = (e as { status?: number }).status;
    return status === 413 ? plain(413, 'payload too large') : plain(400, 'bad request');
  }
}

function mount(router: Router, path: string, receiver: Receiver, limit: number): void {
  router.get(path, (ctx) => write(ctx, receiver.verifyUrl(query(ctx))));
  router.post(path, async (ctx) => {
    const body = await readBody(ctx, limit);
    write(ctx, typeof body === 'string' ? await receiver.receive(query(ctx), body) : body);
  });
}

export function createServer(deps: ServerDeps): DubanServer {
  const { config, log } = deps;
  const clock = deps.clock ?? systemClock;
  const limit = deps.bodyLimitBytes ?? DEFAULT_BODY_LIMIT;
  const api = deps.api ?? createWecomApi({ apiBase: config.apiBase, app: config.app, botAesKey: config.bot?.aesKey ?? null, clock });
  const handover = createHandover(deps.bot, laterSender(api), log);

  const router = new Router();
  router.get('/healthz', (ctx) => {
    ctx.body = { ok: true, channels: { bot: Boolean(config.bot), app: Boolean(config.app) } };
  });
  mountDownloads(router, { clock });
  if (config.bot) mount(router, '/wecom/bot', createBotReceiver({ keys: config.bot, handover, clock }), limit);
  if (config.app) mount(router, '/wecom/app', createAppReceiver({ keys: config.app, handover, clock }), limit);

  const app = new Koa();
  // Receivers answer every expected failure themselves; anything reaching here is a bug. WeCom must
  // not see a 500 (it would retry), and the client never sees the stack.
  app.use(async (ctx, next) => {
    try {
      await next();
    } catch (e) {
      log.error('unexpected error in the HTTP layer', { path: ctx.path, error: e });
      write(ctx, plain(200, ''));
    }
  });
  app.use(router.routes()).use(router.allowedMethods());
  return Object.assign(app, { idle: () => handover.idle() });
}
