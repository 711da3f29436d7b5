// Pushes go through real HTTP to the WeCom stand-in, which enforces 20 messages/minute per webhook on
// the same fake clock the sender sleeps on: pacing and backoff are checked without waiting.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config.ts';
import { createDelivery } from '../../src/delivery/index.ts';
import { adminNotifier } from '../../src/delivery/admin-notifier.ts';
import { fakeTimers } from '../../src/delivery/timers.ts';
import { markdownMessage, type WebhookMessage } from '../../src/delivery/webhook-message.ts';
import { memoryLogger } from '../../src/log.ts';
import { startStandIn, type StandIn } from '../../src/stand-in/index.ts';
import { createWecomApi } from '../../src/wecom/api-client.ts';
import { openSampleStore, tempDir } from '../report/sample-store.ts';

const KEY = 'leaders-group-key-7f3a';
let standIn: StandIn | null = null;
afterEach(async () => {
  await standIn?.close();
  standIn = null;
});

async function setup() {
  const timers = fakeTimers(new Date('2026-11-23T01:00:00Z'));
  standIn = await startStandIn({ clock: timers.clock });
  const dir = await tempDir();
  const store = await openSampleStore(dir, { clock: timers.clock });
  const app = { corpId: 'ww_standin_corp', agentId: '1000002', token: 't', aesKey: 'a'.repeat(43), secret: 'standin-secret' };
  const config = { apiBase: standIn.url, app, admins: ['admin1', 'admin2'] } as Config;
  const api = createWecomApi({ apiBase: standIn.url, app, botAesKey: null, clock: timers.clock });
  const log = memoryLogger();
  const sender = createDelivery({ config, store, log, clock: timers.clock, timers, notifyAdmins: adminNotifier(config, api) });
  const webhookSends = () => standIn!.sent('/cgi-bin/webhook/send');
  return { timers, standIn, dir, store, log, sender, webhookSends };
}

const items = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ message: markdownMessage(`第${i + 1}条`), what: `测试消息${i + 1}` }));
const contentOf = (body: unknown) => (body as WebhookMessage & { msgtype: 'markdown' }).markdown.content;

describe('group webhook delivery', () => {
  it('paces 45 messages to 20 a minute: none refused, all in order', async () => {
    const { sender, webhookSends } = await setup();
    const outcomes = await sender.send(KEY, items(45));
    expect(outcomes.every((o) => o.ok && o.attempts === 1)).toBe(true);
    const sends = webhookSends();
    expect(sends.map((s) => contentOf(s.body))).toEqual(items(45).map((i) => contentOf(i.message)));
    const times = sends.map((s) => s.at.getTime());
    for (let i = 20; i < times.length; i++) expect(times[i]! - times[i - 20]!).toBeGreaterThanOrEqual(60_000);
    expect(times.at(-1)! - times[0]!).toBeLessThan(3 * 60_000);
  });

  it('keeps the order of two batches queued at once for the same group', async () => {
    const { sender, webhookSends } = await setup();
    const first = items(3).map((i) => ({ ...i, message: markdownMessage(`A${i.what}`) }));
    const second = items(3).map((i) => ({ ...i, message: markdownMessage(`B${i.what}`) }));
    await Promise.all([sender.send(KEY, first), sender.send(KEY, second)]);
    expect(webhookSends().map((s) => contentOf(s.body)[0])).toEqual(['A', 'A', 'A', 'B', 'B', 'B']);
  });

  it('retries after HTTP 500, a dropped connection and a WeCom errcode, backing off', async () => {
    const { standIn, sender, timers, webhookSends } = await setup();
    standIn.failNextWebhooks(1, { kind: 'http500' });
    standIn.failNextWebhooks(1, { kind: 'drop' });
    standIn.failNextWebhooks(1, { kind: 'errcode', errcode: -1, errmsg: 'system busy' });
    const start = timers.now();
    const [outcome] = await sender.send(KEY, items(1));
    expect(outcome).toMatchObject({ ok: true, attempts: 4 });
    expect(webhookSends()).toHaveLength(4);
    expect(timers.now() - start).toBe(2_000 + 4_000 + 8_000);
  });

  it('reports a send that finally fails: log, audit and the admins, and goes on with the next', async () => {
    const { standIn, sender, store, dir, log, webhookSends } = await setup();
    standIn.failNextWebhooks(5, { kind: 'errcode', errcode: 45009, errmsg: 'api freq out of limit' });
    const outcomes = await sender.send(KEY, items(2));
    expect(outcomes.map((o) => [o.ok, o.attempts])).toEqual([[false, 5], [true, 1]]);
    expect(webhookSends()).toHaveLength(6);

    const toAdmins = standIn.sent('/cgi-bin/message/send');
    expect(toAdmins).toHaveLength(1);
    const body = toAdmins[0]!.body as { touser: string; markdown: { content: string } };
    expect(body.touser).toBe('admin1|admin2');
    expect(body.markdown.content).toContain('【推送失败】测试消息1');
    expect(body.markdown.content).toContain('…7f3a');
    expect(body.markdown.content).not.toContain(KEY);

    await store.close();
    const audit = (await readFile(join(dir, 'audit.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(audit.filter((e) => e.action === 'delivery.failed').map((e) => [e.after.what, e.after.attempts])).toEqual([['测试消息1', 5]]);
    const errors = log.lines.map((l) => JSON.parse(l)).filter((l) => l.level === 'error');
    expect(errors.map((e) => e.what)).toEqual(['测试消息1']);
    expect(log.lines.join('\n')).not.toContain(KEY);
  });

  it('does not retry a message WeCom calls malformed', async () => {
    const { sender, webhookSends } = await setup();
    const [outcome] = await sender.send(KEY, [{ message: markdownMessage(''), what: '空消息' }]);
    expect(outcome).toMatchObject({ ok: false, attempts: 1 });
    expect(webhookSends()).toHaveLength(1);
  });
});
