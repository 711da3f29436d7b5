// Fetches a published plan page for 「导入计划 <网址>」. The address comes from a chat message, so the
// fetch is fenced: http(s) only, hosts on the configured list (every redirect hop checked too), a size
// limit enforced while reading, and a timeout for the whole exchange.
import { UserError } from '../errors.ts';
import type { IntakeSettings } from './intake-settings.ts';
import { toUtf8 } from './page-charset.ts';

export interface FetchedDocument {
  /** A file name whose extension tells the plan reader the kind (page.html, 要点.docx …). */
  name: string;
  bytes: Uint8Array;
  contentType: string;
}

const MAX_REDIRECTS = 5;

export function checkAllowed(url: URL, allowedHosts: string[]): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UserError('只能导入 http 或 https 网址。');
  const ok = allowedHosts.some((h) => h.toLowerCase() === url.host.toLowerCase() || h.toLowerCase() === url.hostname.toLowerCase());
  if (!ok)
    throw new UserError(
      allowedHosts.length
        ? `不能从「${url.hostname}」导入：只允许 ${allowedHosts.join('、')} 上的网页。`
        : '未配置允许导入的网站（DUBAN_PLAN_URL_HOSTS），请联系系统管理员，或直接把计划文件发给我。',
    );
}

export function parseAddress(text: string): URL {
  try {
    return new URL(text.trim());
  } catch {
    throw new UserError(`「${text.trim()}」不是有效的网址，请写完整地址，例如 https://www.example.gov.cn/art/2026/1/5/art_1.html`);
  }
}

/** Reads the body, stopping as soon as it passes `maxBytes`. */
export async function readLimited(res: Response, maxBytes: number, tooLarge: string): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length'));
  if (declared > maxBytes) throw new UserError(tooLarge);
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (res.body) {
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      if (size > maxBytes) throw new UserError(tooLarge);
      chunks.push(chunk);
    }
  }
  return new Uint8Array(Buffer.concat(chunks));
}

const mb = (n: number) => `${Math.round(n / 1024 / 1024)}MB`;

function fileNameFor(url: URL, contentType: string): string {
  const last = decodeURIComponent(url.pathname.split('/').pop() ?? '');
  if (/\.(docx|xlsx|txt|md|html?)$/i.test(last)) return last;
  if (/wordprocessingml/.test(contentType)) return 'plan.docx';
  if (/spreadsheetml/.test(contentType)) return 'plan.xlsx';
  if (/text\/plain/.test(contentType)) return 'plan.txt';
  if (/text\/markdown/.test(contentType)) return 'plan.md';
  return 'page.html';
}

export async function fetchPlanPage(address: string, s: IntakeSettings): Promise<FetchedDocument> {
  let url = parseAddress(address);
  const signal = AbortSignal.timeout(s.timeoutMs);
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    checkAllowed(url, s.allowedHosts);
    let res: Response;
    try {
      res = await fetch(url, { redirect: 'manual', signal, headers: { accept: 'text/html,application/xhtml+xml,*/*' } });
    } catch (e) {
      if ((e as Error).name === 'TimeoutError') throw new UserError(`网页在 ${s.timeoutMs / 1000} 秒内没有响应，请稍后再试或直接发送计划文件。`);
      throw new UserError(`无法访问「${url.host}」，请检查网址，或直接发送计划文件。`);
    }
    if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
      await res.body?.cancel();
      url = new URL(res.headers.get('location')!, url);
      continue;
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new UserError(`网页返回错误 ${res.status}，没有导入任何内容。`);
    }
    const contentType = res.headers.get('content-type') ?? '';
    if (/^(image|video|audio)\/|application\/pdf|msword|wps/i.test(contentType)) {
      await res.body?.cancel();
      throw new UserError('这个网址不是网页或 Word/Excel 文件（可能是 PDF 或图片），请改发 .docx、.xlsx 或网页地址。');
    }
    const bytes = await readLimited(res, s.maxBytes, `网页超过 ${mb(s.maxBytes)}，不像是工作要点，已停止下载。`);
    const name = fileNameFor(url, contentType);
    return { name, bytes: toUtf8(bytes, contentType, name), contentType };
  }
  throw new UserError('网址跳转次数过多，已停止。');
}
