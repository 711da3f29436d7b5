// The scheduled pushes end to end: scheduler → summary → paced webhook sender → the WeCom stand-in,
// all on one fake clock, so a long summary's many messages go out without real waiting.
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config.ts';
import { createDelivery } from '../../src/delivery/index.ts';
import { fakeTimers } from '../../src/delivery/timers.ts';
import { memoryLogger } from '../../src/log.ts';
import { createSchedules } from '../../src/schedule/index.ts';
import { startStandIn, type StandIn } from '../../src/stand-in/index.ts';
import type { Assignment, Report } from '../../src/store/schema.ts';
import { assign, done, plan, task } from '../report/sample-store-data.ts';
import { openSampleStore, tempDir } from '../report/sample-store.ts';

let standIn: StandIn | null = null;
afterEach(async () => {
  await standIn?.close();
  standIn = null;
});

/** 60 tasks × 80 units, every unit late on some: a summary far over one message. */
function bigPlan() {
  const tasks = Array.from({ length: 60 }, (_, i) => task(i + 1, `第${i + 1}项重点任务`, { kind: 'date', date: i % 2 ? '2026-11-02' : '2026-11-30' }));
  const units = Array.from({ length: 80 }, (_, i) => `县第${i + 1}服务中心`);
  const assignments: Assignment[] = tasks.flatMap((t) => units.map((u) => assign('P1', t, u)));
  const reports: Report[] = assignments.filter((_, i) => i % 4 === 0).map((a) => done(a.id, '2026-11-20T02:00:00Z'));
  return { plans: { version: 1 as const, plans: [plan('P1', tasks)], assignments, nextTaskNumber: 61 }, reports, units };
}

async function setup() {
  const timers = fakeTimers(new Date('2026-11-23T01:00:00Z')); // Monday 09:00 China time
  standIn = await startStandIn({ clock: timers.clock });
  const big = bigPlan();
  const store = await openSampleStore(await tempDir(), {
    clock: timers.clock,
    plans: big.plans,
    state: { version: 1, reports: big.reports, bindings: [], leaders: [], processed: [], runs: [] },
    bindings: [{ userId: 'zhang', unit: big.units[1]!, since: '2026-01-01T00:00:00Z' }],
  });
  const config = {
    apiBase: standIn.url, app: null, admins: [], leaders: [],
    webhooks: { leaders: ['leaders-key-0001'], liaisons: 'liaisons-key-0002' },
    schedule: { weekly: '0 9 * * 1', reminderTime: '09:00', reminderDays: 3 },
  } as unknown as Config;
  const log = memoryLogger();
  const sender = createDelivery({ config, store, log, clock: timers.clock, timers, notifyAdmins: null });
  const scheduler = createSchedules({ store, config, clock: timers.clock, log, sender });
  const sentTo = (key: string) => standIn!.sent('/cgi-bin/webhook/send').filter((r) => r.query.key === key);
  return { scheduler, sentTo, store };
}

describe('scheduled pushes through the stand-in', () => {
  it('sends a long weekly summary as several messages in order, then the chart', async () => {
    const { scheduler, sentTo } = await setup();
    expect((await scheduler.catchUp()).weekly).toBe('ran');
    const bodies = sentTo('leaders-key-0001').map((r) => r.body as Record<string, any>);
    const texts = bodies.filter((b) => b.msgtype === 'markdown').map((b) => b.markdown.content as string);
    expect(texts.length).toBeGreaterThan(1);
    for (const t of texts) expect(Buffer.byteLength(t)).toBeLessThanOrEqual(4096);
    expect(texts[0]).toContain('已完成 1200/4800 项（25.0%）');
    const lines = texts.join('\n').split('\n');
    // Every unit with late work has its overdue line, whole, in one of the messages (a quarter are all done).
    const overdueLines = lines.filter((l) => /^- 县第\d+服务中心：<font color="warning">任务\d+逾期21天.*<\/font>$/.test(l));
    expect(overdueLines).toHaveLength(60);

    const last = bodies.at(-1)!;
    expect(last.msgtype).toBe('image');
    const png = Buffer.from(last.image.base64, 'base64');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(last.image.md5).toBe(createHash('md5').update(png).digest('hex'));
    expect(bodies.filter((b) => b.msgtype === 'image')).toHaveLength(1);
  });

  it('posts one reminder message to the liaisons group, mentioning bound liaisons', async () => {
    const { scheduler, sentTo } = await setup();
    expect((await scheduler.catchUp()).reminder).toBe('ran');
    const sent = sentTo('liaisons-key-0002').map((r) => r.body as Record<string, any>);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.msgtype).toBe('text');
    expect(sent[0]!.text.mentioned_list).toEqual(['zhang']);
    expect(sent[0]!.text.content).toContain('县第2服务中心：逾期 任务2（21天）');
    expect(sent[0]!.text.content).toMatch(/共 60 个单位 1800 项；另有 \d+ 个单位未列出/);
  });
});
