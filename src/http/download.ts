// GET /download/:id/:name?exp&sig — serves a file held by the signed-link registry, once the
// signature and expiry check out. Anything else is a plain 404 that reveals nothing.
import type Router from '@koa/router';
import type { Clock } from '../time/china.ts';
import { DOWNLOAD_PREFIX, downloadLinks, type DownloadLinks } from '../ledger/download-links.ts';

const TYPES: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

export function mountDownloads(router: Router, o: { clock: Clock; links?: DownloadLinks }): void {
  const links = o.links ?? downloadLinks;
  router.get(`${DOWNLOAD_PREFIX}/:id/:name`, (ctx) => {
    const q = (k: string) => (typeof ctx.query[k] === 'string' ? (ctx.query[k] as string) : '');
    const file = links.get(ctx.params.id ?? '', q('exp'), q('sig'), o.clock().getTime());
    if (!file) {
      ctx.status = 404;
      ctx.type = 'text/plain; charset=utf-8';
      ctx.body = '链接无效或已过期，请在群里重新发送「导出台账」。';
      return;
    }
    const ext = file.name.split('.').pop()?.toLowerCase() ?? '';
    ctx.type = TYPES[ext] ?? 'application/octet-stream';
    ctx.set('content-disposition', `attachment; filename="ledger.${ext}"; filename*=UTF-8''${encodeURIComponent(file.name)}`);
    ctx.set('cache-control', 'no-store');
    ctx.body = Buffer.from(file.bytes);
  });
}
