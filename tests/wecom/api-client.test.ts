// The WeCom API client against the stand-in: token caching and refresh, response_url, file download.
import { afterEach, describe, expect, it } from 'vitest';
import { startStandIn, type StandIn } from '../../src/stand-in/index.ts';
import { createWecomApi } from '../../src/wecom/api-client.ts';
import { WecomApiError } from '../../src/wecom/http.ts';

let standIn: StandIn;
afterEach(() => standIn?.close());

function clockAt(start: string) {
  let now = new Date(start).getTime();
  return { clock: () => new Date(now), advance: (ms: number) => (now += ms) };
}

const app = { corpId: 'ww_corp', agentId: '1000002', secret: 's3cret' };

describe('WeCom API client', () => {
  it('fetches one access token for many sends, even concurrent ones', async () => {
    const t = clockAt('2026-11-26T01:00:00Z');
    standIn = await startStandIn({ corpId: 'ww_corp', corpSecret: 's3cret', clock: t.clock });
    const api = createWecomApi({ apiBase: standIn.url, app, botAesKey: null, clock: t.clock });
    await Promise.all([api.sendAppMarkdown('a', '一'), api.sendAppMarkdown('b', '二'), api.sendAppMarkdown('c', '三')]);
    for (let i = 0; i < 5; i++) await api.sendAppMarkdown('d', `第${i}条`);
    expect(standIn.sent('/cgi-bin/gettoken')).toHaveLength(1);
    expect(standIn.sent('/cgi-bin/message/send')).toHaveLength(8);
  });

  it('refreshes the token before it expires', async () => {
    const t = clockAt('2026-11-26T01:00:00Z');
    standIn = await startStandIn({ corpId: 'ww_corp', corpSecret: 's3cret', clock: t.clock });
    const api = createWecomApi({ apiBase: standIn.url, app, botAesKey: null, clock: t.clock });
    await api.sendAppMarkdown('a', '一');
    t.advance(7200_000 - 60_000); // a minute before expiry: inside the safety margin
    await api.sendAppMarkdown('a', '二');
    expect(standIn.sent('/cgi-bin/gettoken')).toHaveLength(2);
    expect(standIn.sent('/cgi-bin/message/send').every((r) => r.body !== null)).toBe(true);
  });

  it('fetches a new token and retries once when WeCom answers 42001', async () => {
    const t = clockAt('2026-11-26T01:00:00Z');
    standIn = await startStandIn({ corpId: 'ww_corp', corpSecret: 's3cret', clock: t.clock });
    const api = createWecomApi({ apiBase: standIn.url, app, botAesKey: null, clock: t.clock });
    await api.sendAppMarkdown('a', '一');
    standIn.expireTokens();
    await api.sendAppMarkdown('a', '二');
    expect(standIn.sent('/cgi-bin/gettoken')).toHaveLength(2);
    const sends = standIn.sent('/cgi-bin/message/send');
    expect(sends).toHaveLength(3); // one, the refused two, two again
    expect(sends[1].query.access_token).not.toBe(sends[2].query.access_token);
  });

  it('reports a wrong secret as a WeCom error without the secret in the message', async () => {
    standIn = await startStandIn({ corpId: 'ww_corp', corpSecret: 'right' });
    const api = createWecomApi({ apiBase: standIn.url, app: { ...app, secret: 'wrong-secret' }, botAesKey: null, clock: () => new Date() });
    const err = await api.sendAppMarkdown('a', 'x').catch((e) => e);
    expect(err).toBeInstanceOf(WecomApiError);
    expect(err.errcode).toBe(40001);
    expect(err.message).not.toContain('wrong-secret');
  });

  it('posts one markdown reply to a response_url', async () => {
    standIn = await startStandIn();
    const api = createWecomApi({ apiBase: standIn.url, app: null, botAesKey: null, clock: () => new Date() });
    const url = standIn.responseUrl();
    await api.replyToResponseUrl(url, '**已完成**');
    expect(standIn.sent(new URL(url).pathname)[0].body).toEqual({ msgtype: 'markdown', markdown: { content: '**已完成**' } });
  });

  it('names no response_code or access token when a call fails', async () => {
    standIn = await startStandIn();
    const api = createWecomApi({ apiBase: standIn.url, app: null, botAesKey: null, clock: () => new Date() });
    const err = await api.replyToResponseUrl('http://127.0.0.1:9/cgi-bin/aibot/response?response_code=SECRETCODE', 'x').catch((e) => e);
    expect(err.message).toContain('response_code=***');
    expect(err.message).not.toContain('SECRETCODE');
  });

  it('downloads and decrypts a bot file message with the bot key or the message key', async () => {
    standIn = await startStandIn();
    // Fixed keys: with random ones a wrong key would still unpad cleanly about once in 256 runs.
    const botKey = 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C';
    const api = createWecomApi({ apiBase: standIn.url, app: null, botAesKey: botKey, clock: () => new Date() });
    const plan = Buffer.from('2026年政务公开工作要点\n一、任务分解表');
    expect((await api.downloadBotFile({ url: standIn.serveEncryptedFile(plan, botKey) })).equals(plan)).toBe(true);
    const own = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
    expect((await api.downloadBotFile({ url: standIn.serveEncryptedFile(plan, own), aesKey: own })).equals(plan)).toBe(true);
    await expect(api.downloadBotFile({ url: standIn.serveEncryptedFile(plan, own) })).rejects.toThrow(/padding|blocks/);
  });
});
