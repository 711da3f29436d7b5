// Both callback channels through real HTTP and real encryption, with the stand-in playing WeCom.
import { afterEach, describe, expect, it } from 'vitest';
import {
  buildAppCallback, buildBotCallback, buildVerifyQuery, postRaw, sendAppCallback, sendAppText, sendBotCallback, sendBotFile, sendBotText,
} from '../../src/stand-in/index.ts';
import { createWecomApi } from '../../src/wecom/api-client.ts';
import { sign } from '../../src/wecom/crypto.ts';
import { startHarness, type Harness } from './harness.ts';

let h: Harness;
afterEach(() => h?.close());

describe('URL verification', () => {
  it('answers the plaintext echostr on both channels, with nothing around it', async () => {
    h = await startHarness();
    const bot = await postRaw(`${h.url}/wecom/bot`, buildVerifyQuery({ ...h.bot, receiveId: '' }, '1616140317555161061'));
    expect(bot).toEqual({ status: 200, body: '1616140317555161061' });
    const app = await postRaw(`${h.url}/wecom/app`, buildVerifyQuery({ ...h.appKeys, receiveId: h.appKeys.corpId }, 'echo-42'));
    expect(app).toEqual({ status: 200, body: 'echo-42' });
  });

  it('refuses a verification signed with another token or for another corp', async () => {
    h = await startHarness();
    expect((await postRaw(`${h.url}/wecom/bot`, buildVerifyQuery({ ...h.bot, token: 'x', receiveId: '' }, 'e'))).status).toBe(401);
    expect((await postRaw(`${h.url}/wecom/app`, buildVerifyQuery({ ...h.appKeys, receiveId: 'ww_other' }, 'e'))).status).toBe(401);
  });
});

describe('intelligent bot callback', () => {
  it('hands a group message over without the @mention and answers a finished encrypted stream', async () => {
    h = await startHarness();
    const r = await sendBotText({ serverUrl: h.url, bot: h.bot, userId: 'lisi', chatId: 'wrGROUP', text: '我单位还有哪些任务' });
    expect(r.status).toBe(200);
    expect(r.reply?.msgtype).toBe('stream');
    expect(r.reply?.stream?.finish).toBe(true);
    expect(r.text).toBe('收到：我单位还有哪些任务');
    expect(h.seen[0]).toMatchObject({
      channel: 'bot', messageId: r.msgId, chatId: 'wrGROUP', chatType: 'group', userId: 'lisi', text: '我单位还有哪些任务',
    });
    expect(h.seen[0].replyHandle.kind).toBe('response_url');
  });

  it('sends further parts and the follow-up through response_url, in its one allowed call', async () => {
    h = await startHarness(() => ({ markdown: ['第一页', '第二页'], followUp: async () => ({ markdown: ['导入完成'] }) }));
    const responseUrl = h.standIn.responseUrl();
    const r = await sendBotText({ serverUrl: h.url, bot: h.bot, userId: 'lisi', text: '导入计划', responseUrl });
    expect(r.text).toBe('第一页');
    await h.app.idle();
    const path = new URL(responseUrl).pathname;
    expect(h.standIn.sent(path).map((x) => (x.body as { markdown: { content: string } }).markdown.content)).toEqual(['第二页\n\n导入完成']);
    expect(h.log.lines.join('\n')).not.toContain('could not deliver');
  });

  it('sends the text of a reply with a file and logs that the bot channel cannot carry the file', async () => {
    h = await startHarness(() => ({ markdown: ['台账已生成'], file: { name: '台账.xlsx', bytes: new Uint8Array([1, 2]) } }));
    const r = await sendBotText({ serverUrl: h.url, bot: h.bot, userId: 'lisi', text: '导出台账', responseUrl: h.standIn.responseUrl() });
    expect(r.text).toBe('台账已生成');
    await h.app.idle();
    expect(h.log.lines.some((l) => l.includes('cannot carry a file'))).toBe(true);
  });

  it('answers a stream refresh with the content it already gave, without asking the bot again', async () => {
    h = await startHarness();
    const first = await sendBotText({ serverUrl: h.url, bot: h.bot, userId: 'lisi', text: '进度' });
    const refresh = await sendBotCallback({ serverUrl: h.url, bot: h.bot, userId: 'lisi' }, { msgtype: 'stream', stream: { id: first.reply!.stream!.id } });
    expect(refresh.text).toBe('收到：进度');
    expect(h.seen).toHaveLength(1);
  });

  it('passes a one-to-one file message on with its download URL and key, and the file decrypts', async () => {
    h = await startHarness(() => ({ markdown: ['收到文件'] }));
    const plan = Buffer.from('高青县2020年政务公开工作要点');
    const url = h.standIn.serveEncryptedFile(plan, h.bot.aesKey);
    const r = await sendBotFile({ serverUrl: h.url, bot: h.bot, userId: 'admin', url, fileName: '要点.docx' });
    expect(r.text).toBe('收到文件');
    expect(h.seen[0]).toMatchObject({ chatType: 'single', text: '', file: { url, name: '要点.docx' } });
    expect(JSON.stringify(h.seen[0])).not.toContain(h.bot.aesKey);
    const api = createWecomApi({ apiBase: h.standIn.url, app: null, botAesKey: h.bot.aesKey, clock: () => new Date() });
    expect((await api.downloadBotFile(h.seen[0].file!)).equals(plan)).toBe(true);
  });

  it('runs the bot once for concurrent retries of one message, and both get the same answer', async () => {
    let calls = 0;
    h = await startHarness(async (m) => {
      calls++;
      await new Promise((r) => setTimeout(r, 50));
      return { markdown: [`已记录：${m.text}`] };
    });
    const o = { serverUrl: h.url, bot: h.bot, userId: 'lisi', chatId: 'g', text: '完成 5', msgId: 'RETRY-1' };
    const [a, b] = await Promise.all([sendBotText(o), sendBotText(o)]);
    expect(calls).toBe(1);
    expect(a.text).toBe('已记录：完成 5');
    expect(b.text).toBe(a.text);
  });

  it('welcomes on enter_chat, acknowledges other events and explains it reads only text', async () => {
    h = await startHarness();
    const enter = await sendBotCallback({ serverUrl: h.url, bot: h.bot, userId: 'lisi' }, { msgtype: 'event', event: { eventtype: 'enter_chat' } });
    expect(enter.reply?.msgtype).toBe('text');
    expect(enter.text).toContain('帮助');
    const other = await sendBotCallback({ serverUrl: h.url, bot: h.bot, userId: 'lisi' }, { msgtype: 'event', event: { eventtype: 'feedback_event' } });
    expect(other).toMatchObject({ status: 200, reply: null });
    const image = await sendBotCallback({ serverUrl: h.url, bot: h.bot, userId: 'lisi' }, { msgtype: 'image', image: { url: 'http://x' } });
    expect(image.text).toContain('文字');
    expect(h.seen).toHaveLength(0);
  });

  it('reads the words of voice and mixed messages', async () => {
    h = await startHarness();
    await sendBotCallback({ serverUrl: h.url, bot: h.bot, userId: 'u' }, { msgtype: 'voice', voice: { content: '本单位待办' } });
    await sendBotCallback({ serverUrl: h.url, bot: h.bot, userId: 'u', chatId: 'g' }, {
      msgtype: 'mixed', mixed: { msg_item: [{ msgtype: 'text', text: { content: '@督办机器人 完成 12' } }, { msgtype: 'image', image: { url: 'x' } }] },
    });
    expect(h.seen.map((m) => m.text)).toEqual(['本单位待办', '完成 12']);
  });
});

describe('self-built app callback', () => {
  it('hands a message over and answers an encrypted text reply to the sender', async () => {
    h = await startHarness();
    const r = await sendAppText({ serverUrl: h.url, app: h.appKeys, userId: 'wangwu', text: '任务12' });
    expect(r.status).toBe(200);
    expect(r.reply).toMatchObject({ ToUserName: 'wangwu', FromUserName: 'ww_test_corp', MsgType: 'text', Content: '收到：任务12' });
    expect(h.seen[0]).toMatchObject({ channel: 'app', messageId: r.msgId, chatId: null, chatType: 'single', userId: 'wangwu' });
  });

  it('sends further parts through the app message API with one cached access token', async () => {
    h = await startHarness(() => ({ markdown: ['一', '二', '三'] }));
    await sendAppText({ serverUrl: h.url, app: h.appKeys, userId: 'wangwu', text: '逾期' });
    await h.app.idle();
    await sendAppText({ serverUrl: h.url, app: h.appKeys, userId: 'wangwu', text: '逾期' });
    await h.app.idle();
    const sends = h.standIn.sent('/cgi-bin/message/send');
    expect(sends.map((s) => (s.body as { markdown: { content: string } }).markdown.content)).toEqual(['二', '三', '二', '三']);
    expect(sends[0].body).toMatchObject({ touser: 'wangwu', msgtype: 'markdown', agentid: 1000002 });
    expect(h.standIn.sent('/cgi-bin/gettoken')).toHaveLength(1);
  });

  it('delivers a follow-up file as an app file message (upload, then send)', async () => {
    const bytes = Buffer.from('PK fake xlsx');
    h = await startHarness(() => ({ markdown: ['正在生成工作台账，请稍候……'], followUp: async () => ({ markdown: ['**工作台账** 已生成'], file: { name: '工作台账.xlsx', bytes } }) }));
    const r = await sendAppText({ serverUrl: h.url, app: h.appKeys, userId: 'wangwu', text: '导出台账' });
    expect(r.text).toBe('正在生成工作台账，请稍候……');
    await h.app.idle();
    const upload = h.standIn.sent('/cgi-bin/media/upload')[0];
    expect(upload).toMatchObject({ query: { type: 'file' }, body: { fileName: '工作台账.xlsx' } });
    const sends = h.standIn.sent('/cgi-bin/message/send').map((x) => x.body as Record<string, unknown>);
    expect(sends.map((b) => b.msgtype)).toEqual(['markdown', 'file']);
    expect(sends[1]).toMatchObject({ touser: 'wangwu', file: { media_id: expect.stringMatching(/^MEDIA/) } });
  });

  it('acknowledges events without a reply and welcomes a new subscriber', async () => {
    h = await startHarness();
    const enter = await sendAppCallback({ serverUrl: h.url, app: h.appKeys, userId: 'w' }, { MsgType: 'event', Event: 'enter_agent' });
    expect(enter).toMatchObject({ status: 200, reply: null });
    const sub = await sendAppCallback({ serverUrl: h.url, app: h.appKeys, userId: 'w' }, { MsgType: 'event', Event: 'subscribe' });
    expect(sub.text).toContain('帮助');
    expect(h.seen).toHaveLength(0);
  });
});

describe('rejections', () => {
  it('401 for a bad signature or another corp, and the bot never hears of it', async () => {
    h = await startHarness();
    const cb = buildBotCallback(h.bot, { msgid: 'm1', from: { userid: 'u' }, msgtype: 'text', text: { content: '完成 1' } });
    const tampered = await postRaw(`${h.url}/wecom/bot`, { ...cb.query, msg_signature: 'f'.repeat(40) }, cb.body);
    expect(tampered.status).toBe(401);
    const noSig = await postRaw(`${h.url}/wecom/bot`, { timestamp: cb.query.timestamp, nonce: cb.query.nonce }, cb.body);
    expect(noSig.status).toBe(401);
    const foreign = buildAppCallback({ ...h.appKeys, corpId: 'ww_attacker' }, '<xml><FromUserName>u</FromUserName><MsgType>text</MsgType><Content>完成 1</Content><MsgId>1</MsgId></xml>');
    expect((await postRaw(`${h.url}/wecom/app`, foreign.query, foreign.body, foreign.contentType)).status).toBe(401);
    expect(h.seen).toHaveLength(0);
  });

  it('reads a repeated query parameter by its first value', async () => {
    h = await startHarness();
    const cb = buildBotCallback(h.bot, { msgid: 'm1', from: { userid: 'u' }, msgtype: 'text', text: { content: '完成 1' } });
    const post = (query: string) => fetch(`${h.url}/wecom/bot?${query}`, { method: 'POST', body: cb.body, headers: { 'content-type': 'application/json' } });
    const forged = `msg_signature=${'f'.repeat(40)}`;
    expect((await post(`${forged}&${new URLSearchParams(cb.query)}`)).status).toBe(401);
    expect((await post(`${new URLSearchParams(cb.query)}&${forged}`)).status).toBe(200);
  });

  it('400 for malformed JSON, XML, ciphertext or plaintext', async () => {
    h = await startHarness();
    const good = buildBotCallback(h.bot, { msgid: 'm1', from: { userid: 'u' }, msgtype: 'text', text: { content: 'x' } });
    const bot = (body: string) => postRaw(`${h.url}/wecom/bot`, good.query, body);
    expect((await bot('{not json')).status).toBe(400);
    expect((await bot('{"nope":1}')).status).toBe(400);
    // Junk ciphertext correctly signed, so it gets past the signature check to decryption.
    const junk = 'A'.repeat(64);
    const q = { ...good.query, msg_signature: sign(h.bot.token, good.query.timestamp, good.query.nonce, junk) };
    expect((await postRaw(`${h.url}/wecom/bot`, q, JSON.stringify({ encrypt: junk }))).status).toBe(400);
    const notJsonInside = buildBotCallback(h.bot, 'plain words');
    expect((await postRaw(`${h.url}/wecom/bot`, notJsonInside.query, notJsonInside.body)).status).toBe(400);
    const noUser = buildBotCallback(h.bot, { msgid: 'm', msgtype: 'text' });
    expect((await postRaw(`${h.url}/wecom/bot`, noUser.query, noUser.body)).status).toBe(400);
    const xml = buildAppCallback(h.appKeys, '<xml><FromUserName>u</FromUserName></xml>');
    expect((await postRaw(`${h.url}/wecom/app`, xml.query, '<xml><Encrypt>', 'text/xml')).status).toBe(400);
    expect((await postRaw(`${h.url}/wecom/app`, xml.query, xml.body, 'text/xml')).status).toBe(400);
    expect(h.seen).toHaveLength(0);
  });

  it('413 for an oversized body', async () => {
    h = await startHarness(undefined, { bodyLimitBytes: 4096 });
    const big = buildBotCallback(h.bot, { msgid: 'm', from: { userid: 'u' }, msgtype: 'text', text: { content: '字'.repeat(5000) } });
    expect((await postRaw(`${h.url}/wecom/bot`, big.query, big.body)).status).toBe(413);
    expect(h.seen).toHaveLength(0);
  });

  it('a handler exception becomes a polite reply and a log line with message id and user, never a 500', async () => {
    h = await startHarness(() => {
      throw new Error('store exploded');
    });
    const r = await sendBotText({ serverUrl: h.url, bot: h.bot, userId: 'lisi', text: '完成 3', msgId: 'MSG-77' });
    expect(r.status).toBe(200);
    expect(r.text).toBe('系统繁忙，请稍后再试');
    const app = await sendAppText({ serverUrl: h.url, app: h.appKeys, userId: 'wangwu', text: '完成 3' });
    expect(app.text).toBe('系统繁忙，请稍后再试');
    const line = h.log.lines.find((l) => l.includes('MSG-77'))!;
    expect(JSON.parse(line)).toMatchObject({ level: 'error', msgId: 'MSG-77', user: 'lisi' });
    const logged = h.log.lines.join('\n');
    for (const secret of [h.bot.aesKey, h.bot.token, h.appKeys.aesKey, h.config.app!.secret]) expect(logged).not.toContain(secret);
  });

  it('serves /healthz', async () => {
    h = await startHarness();
    const res = await fetch(`${h.url}/healthz`);
    expect(await res.json()).toEqual({ ok: true, channels: { bot: true, app: true } });
  });
});
