// The app's access token (document/path/91039): fetched once, shared by every send until it nears its
// expiry, refreshed early, and refetched when WeCom says it is no longer valid.
import type { Clock } from '../time/china.ts';
import { WecomApiError, getJson } from './http.ts';

/** errcodes meaning "this token is no longer good": fetch a new one and retry once. */
export const TOKEN_ERRCODES = new Set([40001, 40014, 42001]);

export interface AccessTokenSource {
  get(): Promise<string>;
  /** Forgets the cached token (after WeCom rejected it). */
  invalidate(token: string): void;
}

interface Cached {
  token: string;
  expiresAt: number;
}

/** Refresh five minutes before WeCom's stated expiry, so a send never races the deadline. */
const MARGIN_MS = 5 * 60_000;

export function createAccessTokenSource(o: { apiBase: string; corpId: string; secret: string; clock: Clock }): AccessTokenSource {
  let cached: Cached | null = null;
  let inFlight: Promise<string> | null = null;

  async function fetchToken(): Promise<string> {
    const url = `${o.apiBase}/cgi-bin/gettoken?corpid=${encodeURIComponent(o.corpId)}&corpsecret=${encodeURIComponent(o.secret)}`;
    const body = (await getJson(url)) as { errcode?: number; errmsg?: string; access_token?: string; expires_in?: number };
    if (body.errcode || !body.access_token) throw new WecomApiError('gettoken', body.errcode ?? -1, body.errmsg ?? 'no access_token');
    cached = { token: body.access_token, expiresAt: o.clock().getTime() + (body.expires_in ?? 7200) * 1000 - MARGIN_MS };
    return body.access_token;
  }

  return {
    async get() {
      if (cached && o.clock().getTime() < cached.expiresAt) return cached.token;
      // Concurrent sends share one gettoken call.
      inFlight ??= fetchToken().finally(() => (inFlight = null));
      return inFlight;
    },
    invalidate(token) {
      if (cached?.token === token) cached = null;
    },
  };
}
