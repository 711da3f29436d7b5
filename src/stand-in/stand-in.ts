// A local stand-in for WeCom's servers, on loopback: gettoken, message/send, media/upload, webhook/send,
// upload_media, response_url, encrypted file downloads and any page a test registers. It records every request, can
// inject webhook faults, and enforces the webhook rate limit. The bot's code runs unchanged against it:
// only WECOM_API_BASE differs.
import { createServer, type IncomingMessage as HttpRequest, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { systemClock, type Clock } from '../time/china.ts';
import { encryptBotFile } from '../wecom/file-cipher.ts';
import { APP_MESSAGE_LIMITS, checkMessageBody, FaultQueue, WebhookRateLimiter, type WebhookFault } from './webhook-limits.ts';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** Parsed JSON when the body is JSON, otherwise the text (for uploads: { bytes, fileName }). */
  body: unknown;
  at: Date;
}

export interface StandInOptions {
  clock?: Clock;
  corpId?: string;
  corpSecret?: string;
  tokenTtlSeconds?: number;
  webhookPerMinute?: number;
}

export interface StandIn {
  /** Base URL, e.g. http://127.0.0.1:41234: the bot's WECOM_API_BASE. */
  url: string;
  /** The WeCom settings of a bot server that talks to this stand-in: its API base, both callback
   *  channels with fresh keys, and the corp id and secret it accepts. Feed them to loadConfig. */
  settings(): Record<string, string>;
  received: RecordedRequest[];
  /** Requests to one path, e.g. sent('/cgi-bin/webhook/send'). */
  sent(path: string): RecordedRequest[];
  /** A fresh response_url for one bot callback; what is posted there is recorded under its path. Like
   *  WeCom's, it takes one reply within an hour; a second or late one is refused with a non-zero errcode. */
  responseUrl(): string;
  /** Serves `body` at `path` (for 「导入计划 <网址>」); returns the full URL. */
  servePage(path: string, body: string | Uint8Array, contentType?: string): string;
  /** Serves `bytes` encrypted the way WeCom encrypts bot file messages; returns the download URL. */
  serveEncryptedFile(bytes: Uint8Array, aesKey: string): string;
  /** The next n webhook sends fail with HTTP 500, a WeCom errcode, or a dropped connection. */
  failNextWebhooks(n: number, fault: WebhookFault): void;
  /** Every issued access token now counts as expired (message/send answers 42001). */
  expireTokens(): void;
  close(): Promise<void>;
}

interface Page {
  body: Uint8Array;
  contentType: string;
}

const json = (res: ServerResponse, body: unknown, status = 200) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
};

async function readBody(req: HttpRequest): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

function parseBody(raw: Buffer, contentType: string): unknown {
  if (raw.length === 0) return null;
  if (contentType.startsWith('multipart/')) {
    const fileName = /filename="([^"]*)"/.exec(raw.toString('latin1'))?.[1] ?? null;
    return { bytes: raw.length, fileName: fileName && Buffer.from(fileName, 'latin1').toString('utf8') };
  }
  const text = raw.toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A fresh EncodingAESKey: 43 characters, base64 of 32 random bytes without the trailing '='. */
export const newAesKey = (): string => randomBytes(32).toString('base64').slice(0, 43);

export async function startStandIn(o: StandInOptions = {}): Promise<StandIn> {
  const clock = o.clock ?? systemClock;
  const corpId = o.corpId ?? 'ww_standin_corp';
  const corpSecret = o.corpSecret ?? 'standin-secret';
  const ttl = o.tokenTtlSeconds ?? 7200;
  const received: RecordedRequest[] = [];
  const tokens = new Map<string, number>(); // token → expiry (ms)
  const pages = new Map<string, Page>();
  const faults = new FaultQueue();
  const limiter = new WebhookRateLimiter(clock, o.webhookPerMinute);
  const responseUrls = new Map<string, { issuedAt: number; used: boolean }>();
  let sequence = 0;
  let base = '';

  function tokenProblem(token: string | undefined): { errcode: number; errmsg: string } | null {
    const expiry = token ? tokens.get(token) : undefined;
    if (expiry === undefined) return { errcode: 40014, errmsg: 'invalid access_token' };
    if (clock().getTime() >= expiry) return { errcode: 42001, errmsg: 'access_token expired' };
    return null;
  }

  async function route(req: HttpRequest, res: ServerResponse): Promise<void> {
    const u = new URL(req.url ?? '/', base);
    const query = Object.fromEntries(u.searchParams);
    const raw = await readBody(req);
    const body = parseBody(raw, req.headers['content-type'] ?? '');
    received.push({ method: req.method ?? 'GET', path: u.pathname, query, body, at: clock() });

    const page = pages.get(u.pathname);
    if (page) {
      res.writeHead(200, { 'content-type': page.contentType });
      return void res.end(page.body);
    }
    switch (u.pathname) {
      case '/cgi-bin/gettoken': {
        if (query.corpid !== corpId || query.corpsecret !== corpSecret) return json(res, { errcode: 40001, errmsg: 'invalid credential' });
        const token = randomBytes(24).toString('base64url');
        tokens.set(token, clock().getTime() + ttl * 1000);
        return json(res, { errcode: 0, errmsg: 'ok', access_token: token, expires_in: ttl });
      }
      case '/cgi-bin/message/send':
        return json(res, tokenProblem(query.access_token) ?? checkMessageBody(body, APP_MESSAGE_LIMITS) ?? { errcode: 0, errmsg: 'ok', msgid: `MSG${++sequence}` });
      case '/cgi-bin/webhook/send': {
        if (!query.key) return json(res, { errcode: 93000, errmsg: 'invalid webhook url' });
        const fault = faults.next();
        if (fault?.kind === 'drop') return void req.socket.destroy();
        if (fault?.kind === 'http500') return json(res, { errmsg: 'internal error' }, 500);
        if (fault?.kind === 'errcode') return json(res, { errcode: fault.errcode ?? -1, errmsg: fault.errmsg ?? 'system busy' });
        const bad = checkMessageBody(body);
        if (bad) return json(res, bad);
        if (!limiter.admit(query.key)) return json(res, { errcode: 45009, errmsg: 'api freq out of limit' });
        return json(res, { errcode: 0, errmsg: 'ok' });
      }
      case '/cgi-bin/media/upload':
        return json(res, tokenProblem(query.access_token) ?? { errcode: 0, errmsg: 'ok', type: query.type ?? 'file', media_id: `MEDIA${++sequence}`, created_at: String(Math.floor(clock().getTime() / 1000)) });
      case '/cgi-bin/webhook/upload_media':
        if (!query.key) return json(res, { errcode: 93000, errmsg: 'invalid webhook url' });
        return json(res, { errcode: 0, errmsg: 'ok', type: query.type ?? 'file', media_id: `MEDIA${++sequence}`, created_at: String(Math.floor(clock().getTime() / 1000)) });
    }
    if (u.pathname.startsWith('/response_url/')) {
      const issued = responseUrls.get(u.pathname);
      if (issued?.used) return json(res, { errcode: 45033, errmsg: 'response_url already used (stand-in: one reply per url)' });
      if (issued && clock().getTime() - issued.issuedAt > 3600_000) return json(res, { errcode: 45034, errmsg: 'response_url expired (stand-in: 1 hour)' });
      if (issued) issued.used = true;
      return json(res, { errcode: 0, errmsg: 'ok' });
    }
    json(res, { errcode: 404, errmsg: 'not found in stand-in' }, 404);
  }

  const server = createServer((req, res) => {
    route(req, res).catch(() => json(res, { errcode: -1, errmsg: 'stand-in error' }, 500));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    settings: () => ({
      WECOM_API_BASE: base,
      WECOM_BOT_TOKEN: randomBytes(12).toString('hex'),
      WECOM_BOT_AES_KEY: newAesKey(),
      WECOM_CORP_ID: corpId,
      WECOM_APP_AGENT_ID: '1000002',
      WECOM_APP_TOKEN: randomBytes(12).toString('hex'),
      WECOM_APP_AES_KEY: newAesKey(),
      WECOM_APP_SECRET: corpSecret,
    }),
    received,
    sent: (path) => received.filter((r) => r.path === path),
    responseUrl() {
      const path = `/response_url/${++sequence}`;
      responseUrls.set(path, { issuedAt: clock().getTime(), used: false });
      return base + path;
    },
    servePage(path, body, contentType = 'text/html; charset=utf-8') {
      pages.set(path, { body: typeof body === 'string' ? Buffer.from(body) : body, contentType });
      return base + path;
    },
    serveEncryptedFile(bytes, aesKey) {
      const path = `/files/${++sequence}`;
      pages.set(path, { body: encryptBotFile(bytes, aesKey), contentType: 'application/octet-stream' });
      return base + path;
    },
    failNextWebhooks: (n, fault) => faults.add(n, fault),
    expireTokens() {
      for (const t of tokens.keys()) tokens.set(t, 0);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
