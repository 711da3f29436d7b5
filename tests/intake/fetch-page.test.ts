import { afterEach, describe, expect, it } from 'vitest';
import { fetchPlanPage } from '../../src/intake/fetch-page.ts';
import { INTAKE_DEFAULTS } from '../../src/intake/intake-settings.ts';
import { pageServer } from './http-fixture.ts';

const PAGE = '<html><head><meta charset="utf-8"></head><body><table><tr><td>序号</td></tr></table></body></html>';
const servers: { close: () => Promise<void> }[] = [];
afterEach(async () => { await Promise.all(servers.splice(0).map((s) => s.close())); });

async function serve(routes: Parameters<typeof pageServer>[0]) {
  const s = await pageServer(routes);
  servers.push(s);
  return s;
}
const settings = (allowedHosts: string[], over = {}) => ({ ...INTAKE_DEFAULTS, allowedHosts, ...over });

describe('fetching a plan page from an address', () => {
  it('fetches a page from an allowed host, following a redirect on that host', async () => {
    const s = await serve({
      '/old': (_q, res) => res.writeHead(302, { location: '/art/plan.html' }).end(),
      '/art/plan.html': (_q, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE),
    });
    const doc = await fetchPlanPage(`${s.base}/old`, settings([s.host]));
    expect(doc.name).toBe('plan.html');
    expect(new TextDecoder().decode(doc.bytes)).toContain('序号');
  });

  it('refuses a host that is not configured, and a redirect to one', async () => {
    const other = await serve({ '/p': (_q, res) => res.end(PAGE) });
    const s = await serve({ '/go': (_q, res) => res.writeHead(301, { location: `${other.base}/p` }).end() });
    await expect(fetchPlanPage(`${other.base}/p`, settings([s.host]))).rejects.toThrow(`不能从「127.0.0.1」导入`);
    await expect(fetchPlanPage(`${s.base}/go`, settings([s.host]))).rejects.toThrow('只允许');
    await expect(fetchPlanPage(`${s.base}/go`, settings([]))).rejects.toThrow('未配置允许导入的网站');
  });

  it('stops reading a page larger than the limit', async () => {
    const s = await serve({ '/big': (_q, res) => { res.writeHead(200, { 'content-type': 'text/html' }); res.end('x'.repeat(200_000)); } });
    await expect(fetchPlanPage(`${s.base}/big`, settings([s.host], { maxBytes: 100_000 }))).rejects.toThrow('网页超过');
  });

  it('gives up on a page that does not answer in time', async () => {
    const s = await serve({ '/slow': () => { /* never answers */ } });
    await expect(fetchPlanPage(`${s.base}/slow`, settings([s.host], { timeoutMs: 200 }))).rejects.toThrow('秒内没有响应');
  });

  it('says so when the page is missing, is a PDF, or the address is not one', async () => {
    const s = await serve({ '/a.pdf': (_q, res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF') });
    await expect(fetchPlanPage(`${s.base}/none`, settings([s.host]))).rejects.toThrow('网页返回错误 404');
    await expect(fetchPlanPage(`${s.base}/a.pdf`, settings([s.host]))).rejects.toThrow('可能是 PDF 或图片');
    await expect(fetchPlanPage('www.gov.cn/plan', settings([s.host]))).rejects.toThrow('不是有效的网址');
    await expect(fetchPlanPage('file:///etc/passwd', settings(['']))).rejects.toThrow('只能导入 http 或 https 网址');
  });

  it('turns a GBK page into UTF-8 for the reader', async () => {
    const gbk = Buffer.concat([Buffer.from('<html><head><meta charset="gb2312"></head><body>'), Buffer.from([0xd6, 0xd0, 0xce, 0xc4]), Buffer.from('</body></html>')]);
    const s = await serve({ '/gbk.htm': (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(gbk) });
    const doc = await fetchPlanPage(`${s.base}/gbk.htm`, settings([s.host]));
    const text = new TextDecoder().decode(doc.bytes);
    expect(text).toContain('中文');
    expect(text).toContain('charset="utf-8"');
  });
});
