// The few HTTP calls the WeCom API client makes. URLs are redacted in every error, because they
// carry access tokens and webhook keys.
import { redactUrl as redactSecrets } from '../log.ts';

/** Also masks a bot's response_code: whoever holds it may answer in the user's chat once. */
const redactUrl = (url: string): string => redactSecrets(url).replace(/([?&]response_code=)[^&]*/gi, '$1***');

/** WeCom answered with a non-zero errcode (HTTP 200 included), or with a non-200 status. */
export class WecomApiError extends Error {
  override name = 'WecomApiError';
  constructor(readonly api: string, readonly errcode: number, errmsg: string) {
    super(`${api}: errcode ${errcode} ${errmsg}`);
  }
}

const TIMEOUT_MS = 10_000;

async function call(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (e) {
    throw new Error(`request to ${redactUrl(url)} failed: ${(e as Error).message}`);
  }
}

async function readJson(url: string, res: Response): Promise<unknown> {
  const text = await res.text();
  if (!res.ok) throw new WecomApiError(redactUrl(url), -res.status, `HTTP ${res.status}`);
  try {
    return JSON.parse(text);
  } catch {
    throw new WecomApiError(redactUrl(url), -1, 'answer is not JSON');
  }
}

export async function getJson(url: string): Promise<unknown> {
  return readJson(url, await call(url, {}));
}

export async function postJson(url: string, body: unknown): Promise<unknown> {
  return readJson(url, await call(url, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }));
}

/** Posts multipart form data (media uploads). */
export async function postForm(url: string, form: FormData): Promise<unknown> {
  return readJson(url, await call(url, { method: 'POST', body: form }));
}

/** Fetches raw bytes (file downloads), refusing anything larger than maxBytes. */
export async function getBytes(url: string, maxBytes: number): Promise<Buffer> {
  const res = await call(url, {});
  if (!res.ok) throw new WecomApiError(redactUrl(url), -res.status, `HTTP ${res.status}`);
  const bytes = Buffer.from(await res.arrayBuffer());
  if (bytes.length > maxBytes) throw new WecomApiError(redactUrl(url), -413, `file larger than ${maxBytes} bytes`);
  return bytes;
}
