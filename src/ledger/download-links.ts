// Short-lived signed download links for files the bot makes (the ledger) on channels that cannot carry
// a file (the intelligent bot's replies are Markdown). The bytes stay in this process's memory; the link
// names them by a random id and carries its expiry and an HMAC over both, with a per-process secret, so
// a link cannot be forged, extended or reused after a restart.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const DOWNLOAD_PREFIX = '/download';
export const DOWNLOAD_TTL_MS = 30 * 60_000;

interface Held { name: string; bytes: Uint8Array; expires: number }

export interface DownloadLinks {
  /** Holds the file and returns the path (with query) to fetch it from, relative to the public base URL. */
  put(name: string, bytes: Uint8Array, now: number): string;
  /** The file for a request, or null when unknown, tampered with or expired. */
  get(id: string, exp: string, sig: string, now: number): { name: string; bytes: Uint8Array } | null;
}

export function createDownloadLinks(ttlMs = DOWNLOAD_TTL_MS, secret = randomBytes(32)): DownloadLinks {
  const held = new Map<string, Held>();
  const sign = (id: string, exp: number) => createHmac('sha256', secret).update(`${id}.${exp}`).digest('base64url');
  const sweep = (now: number) => { for (const [id, h] of held) if (h.expires < now) held.delete(id); };
  return {
    put(name, bytes, now) {
      sweep(now);
      const id = randomBytes(16).toString('base64url');
      const expires = now + ttlMs;
      held.set(id, { name, bytes, expires });
      return `${DOWNLOAD_PREFIX}/${id}/${encodeURIComponent(name)}?exp=${expires}&sig=${sign(id, expires)}`;
    },
    get(id, exp, sig, now) {
      const expires = Number(exp);
      const want = Buffer.from(sign(id, expires));
      const got = Buffer.from(sig);
      if (got.length !== want.length || !timingSafeEqual(got, want)) return null;
      const h = held.get(id);
      if (!h || expires < now || h.expires !== expires) return null;
      return { name: h.name, bytes: h.bytes };
    },
  };
}

/** The process's links: the command that makes a file and the route that serves it share these. */
export const downloadLinks: DownloadLinks = createDownloadLinks();
