// The stand-in behaves like WeCom where the bot depends on it: webhook limits, faults, pages.
import { afterEach, describe, expect, it } from 'vitest';
import { startStandIn, type StandIn } from '../../src/stand-in/index.ts';

let s: StandIn;
afterEach(() => s?.close());

const send = (key: string, body: unknown) =>
  fetch(`${s.url}/cgi-bin/webhook/send?key=${key}`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
const text = (content: string) => ({ msgtype: 'text', text: { content } });

describe('WeCom stand-in', () => {
  it('records webhook sends with path, query and parsed body', async () => {
    s = await startStandIn();
    expect(await (await send('k1', text('本周进度'))).json()).toEqual({ errcode: 0, errmsg: 'ok' });
    expect(s.sent('/cgi-bin/webhook/send')[0]).toMatchObject({ method: 'POST', query: { key: 'k1' }, body: text('本周进度') });
  });

  it('refuses the 21st message within a minute per key with 45009, and accepts again a minute later', async () => {
    let now = Date.parse('2026-11-30T01:00:00Z');
    s = await startStandIn({ clock: () => new Date(now) });
    for (let i = 0; i < 20; i++) expect((await (await send('k1', text(`第${i}条`))).json()).errcode).toBe(0);
    expect((await (await send('k1', text('第21条'))).json()).errcode).toBe(45009);
    expect((await (await send('k2', text('另一个群'))).json()).errcode).toBe(0);
    now += 60_000;
    expect((await (await send('k1', text('一分钟后'))).json()).errcode).toBe(0);
  });

  it('fails the next webhook sends as asked: HTTP 500, an errcode, a dropped connection', async () => {
    s = await startStandIn();
    s.failNextWebhooks(1, { kind: 'http500' });
    s.failNextWebhooks(1, { kind: 'errcode', errcode: -1 });
    s.failNextWebhooks(1, { kind: 'drop' });
    expect((await send('k', text('a'))).status).toBe(500);
    expect((await (await send('k', text('b'))).json()).errcode).toBe(-1);
    await expect(send('k', text('c'))).rejects.toThrow();
    expect((await (await send('k', text('d'))).json()).errcode).toBe(0);
  });

  it('enforces the content limits', async () => {
    s = await startStandIn();
    expect((await (await send('k', text('字'.repeat(700)))).json()).errcode).toBe(45002); // 2100 bytes
    expect((await (await send('k', { msgtype: 'markdown', markdown: { content: '字'.repeat(1300) } })).json()).errcode).toBe(0);
    expect((await (await send('k', text(''))).json()).errcode).toBe(44004);
  });

  it('checks the access token and the 2048-byte limit on app messages', async () => {
    s = await startStandIn({ corpId: 'ww1', corpSecret: 'sec' });
    const { access_token } = await (await fetch(`${s.url}/cgi-bin/gettoken?corpid=ww1&corpsecret=sec`)).json();
    const sendApp = (token: string, content: string) =>
      fetch(`${s.url}/cgi-bin/message/send?access_token=${token}`, { method: 'POST', body: JSON.stringify({ touser: 'u', msgtype: 'markdown', agentid: 1, markdown: { content } }) }).then((r) => r.json());
    expect((await sendApp(access_token, '好')).errcode).toBe(0);
    expect((await sendApp(access_token, '字'.repeat(700))).errcode).toBe(45002);
    expect((await sendApp('forged', '好')).errcode).toBe(40014);
  });

  it('takes one reply per response_url, within an hour', async () => {
    let now = Date.parse('2026-11-30T01:00:00Z');
    s = await startStandIn({ clock: () => new Date(now) });
    const reply = (url: string) => fetch(url, { method: 'POST', body: JSON.stringify({ msgtype: 'markdown', markdown: { content: '好' } }) }).then((r) => r.json());
    const once = s.responseUrl();
    expect((await reply(once)).errcode).toBe(0);
    expect((await reply(once)).errcode).not.toBe(0);
    const late = s.responseUrl();
    now += 3601_000;
    expect((await reply(late)).errcode).not.toBe(0);
  });

  it('accepts uploads and serves registered pages', async () => {
    s = await startStandIn();
    const form = new FormData();
    form.append('media', new Blob([Buffer.from('xlsx bytes')]), '台账.xlsx');
    const up = await (await fetch(`${s.url}/cgi-bin/webhook/upload_media?key=k&type=file`, { method: 'POST', body: form })).json();
    expect(up).toMatchObject({ errcode: 0, type: 'file' });
    expect(s.sent('/cgi-bin/webhook/upload_media')[0].body).toMatchObject({ fileName: '台账.xlsx' });
    const url = s.servePage('/gk/2026.html', '<html>工作要点</html>');
    expect(await (await fetch(url)).text()).toBe('<html>工作要点</html>');
  });
});
