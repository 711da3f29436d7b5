import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { configuredJobs, createSchedules } from '../../src/schedule/index.ts';
import type { Config } from '../../src/config.ts';
import type { Outgoing, SendOutcome, WebhookSender } from '../../src/delivery/webhook-sender.ts';
import { memoryLogger } from '../../src/log.ts';
import { chinaInstant, type Clock } from '../../src/time/china.ts';
import { openSampleStore, tempDir } from '../report/sample-store.ts';

const config = (over: Partial<Config['webhooks']> = {}): Config => ({
  host: '127.0.0.1', port: 0, dataDir: '', apiBase: 'http://127.0.0.1:1', bot: null, app: null, admins: ['admin1'], leaders: [],
  webhooks: { leaders: ['leaderskey0001'], liaisons: 'liaisonkey0002', ...over },
  schedule: { weekly: '0 9 * * 1', reminderTime: '08:30', reminderDays: 40 },
  publicBaseUrl: null,
});

/** Records what would go out; `failOn` makes sends to one webhook throw (a crash mid-run). */
function recordingSender(failOn?: string): WebhookSender & { sent: { key: string; what: string }[] } {
  const sent: { key: string; what: string }[] = [];
  return {
    sent,
    async send(key: string, items: Outgoing[]): Promise<SendOutcome[]> {
      if (key === failOn) throw new Error('process died mid-run');
      for (const i of items) sent.push({ key, what: i.what });
      return items.map((i) => ({ what: i.what, ok: true, attempts: 1 }));
    },
  };
}

async function setup(at: string, time: string, over?: Partial<Config['webhooks']>) {
  const dir = await tempDir();
  let now = chinaInstant(at, time);
  const clock: Clock = () => now;
  const store = await openSampleStore(dir, { clock });
  const sender = recordingSender();
  const log = memoryLogger();
  const make = (s = store, snd: WebhookSender = sender) => createSchedules({ store: s, config: config(over), clock, log, sender: snd });
  return { dir, store, sender, log, make, clock, setNow: (d: string, t: string) => { now = chinaInstant(d, t); } };
}

describe('weekly summary schedule', () => {
  it('sends on Monday 09:00 China time, text then chart, and records the week', async () => {
    const { store, sender, make } = await setup('2026-11-23', '09:00');
    const outcome = await make().catchUp();
    expect(outcome.weekly).toBe('ran');
    const toLeaders = sender.sent.filter((s) => s.key === 'leaderskey0001');
    expect(toLeaders.map((s) => s.what)).toEqual(['周报', '周报图表（2026年政务公开工作要点）']);
    expect(store.state().runs.map((r) => r.key)).toContain('weekly:2026-W48');
  });

  it('does not send twice across a restart', async () => {
    const { dir, store, sender, make, clock } = await setup('2026-11-23', '09:00');
    await make().catchUp();
    await store.close();
    const reopened = await openStore(dir, { clock });
    const afterRestart = recordingSender();
    const outcome = await make(reopened, afterRestart).catchUp();
    expect(outcome.weekly).toBe('already-done');
    expect(afterRestart.sent).toEqual([]);
    expect(sender.sent.filter((s) => s.key === 'leaderskey0001')).toHaveLength(2);
  });

  it('makes up a run missed while the server was down, the same day only', async () => {
    const late = await setup('2026-11-23', '15:40');
    expect((await late.make().catchUp()).weekly).toBe('ran');

    const nextDay = await setup('2026-11-24', '08:00');
    expect((await nextDay.make().catchUp()).weekly).toBe('not-due');
    expect(nextDay.sender.sent.filter((s) => s.key === 'leaderskey0001')).toEqual([]);

    const tooEarly = await setup('2026-11-23', '08:59');
    expect((await tooEarly.make().catchUp()).weekly).toBe('not-due');
  });

  it('after a crash mid-run, serves only the groups that did not get it', async () => {
    const { dir, store, make, clock } = await setup('2026-11-23', '09:30', { leaders: ['groupA0001', 'groupB0002'] });
    const crashing = recordingSender('groupB0002');
    expect((await make(store, crashing).catchUp()).weekly).toBe('failed');
    expect(crashing.sent.filter((s) => s.key.startsWith('group')).map((s) => s.key)).toEqual(['groupA0001', 'groupA0001']);
    await store.close();

    const again = recordingSender();
    expect((await make(await openStore(dir, { clock }), again).catchUp()).weekly).toBe('ran');
    expect(again.sent.filter((s) => s.key.startsWith('group')).map((s) => s.key)).toEqual(['groupB0002', 'groupB0002']);
  });
});

describe('several leaders groups', () => {
  it('serves each group, even when their keys end alike', async () => {
    const { sender, make } = await setup('2026-11-23', '09:00', { leaders: ['aaaa-0001', 'bbbb-0001'] });
    await make().catchUp();
    expect(sender.sent.filter((s) => s.what === '周报').map((s) => s.key)).toEqual(['aaaa-0001', 'bbbb-0001']);
  });
});

describe('daily reminder schedule (Chinese working days)', () => {
  // The reminder job as configured; the scheduler runs it exactly as the cron trigger does.
  const reminderJobOf = (s: Awaited<ReturnType<typeof setup>>) =>
    configuredJobs({ store: s.store, config: config(), clock: s.clock, log: s.log, sender: s.sender }).find((j) => j.name === 'reminder')!;
  const reminderOn = async (date: string) => {
    const s = await setup(date, '08:30');
    const outcome = await s.make().runDue(reminderJobOf(s));
    return { outcome, sent: s.sender.sent.filter((x) => x.key === 'liaisonkey0002') };
  };

  it('runs on an ordinary working day, once', async () => {
    const s = await setup('2026-11-26', '08:30');
    const job = reminderJobOf(s);
    const scheduler = s.make();
    expect(await scheduler.runDue(job)).toBe('ran');
    expect(await scheduler.runDue(job)).toBe('already-done');
    expect(s.sender.sent.filter((x) => x.key === 'liaisonkey0002').map((x) => x.what)).toEqual(['督办提醒（2026-11-26）']);
  });

  it('skips a public holiday (National Day) and a weekend', async () => {
    for (const day of ['2026-10-01', '2026-11-28', '2026-11-29']) {
      const { outcome, sent } = await reminderOn(day);
      expect([day, outcome, sent.length]).toEqual([day, 'day-off', 0]);
    }
  });

  it('runs on a make-up working Saturday (调休上班)', async () => {
    const { outcome, sent } = await reminderOn('2026-10-10');
    expect([outcome, sent.length]).toEqual(['ran', 1]);
  });

  it('waits for the configured time', async () => {
    const s = await setup('2026-11-26', '08:29');
    expect(await s.make().runDue(reminderJobOf(s))).toBe('not-due');
  });
});

describe('a run that fails as a whole', () => {
  it('tells the admins and is made up after a restart the same day', async () => {
    const { dir, store, make, clock, log } = await setup('2026-11-23', '09:10');
    const told: string[] = [];
    const crashing = recordingSender('leaderskey0001');
    const scheduler = createSchedules({ store, config: config(), clock, log, sender: crashing, notifyAdmins: async (t) => void told.push(t) });
    expect((await scheduler.catchUp()).weekly).toBe('failed');
    expect(told).toEqual([expect.stringContaining('【定时推送失败】领导周报（weekly:2026-W48）没有完成：process died mid-run')]);
    await store.close();
    const again = recordingSender();
    expect((await make(await openStore(dir, { clock }), again).catchUp()).weekly).toBe('ran');
  });
});

describe('schedule settings', () => {
  it('stops start-up on a weekly cron croner cannot read, naming the setting', async () => {
    const { store, sender, log, clock } = await setup('2026-11-23', '09:00');
    const bad = { ...config(), schedule: { ...config().schedule, weekly: '0 25 * * 1' } };
    expect(() => createSchedules({ store, config: bad, clock, log, sender })).toThrow(/DUBAN_WEEKLY_CRON：不是有效的 cron 表达式/);
  });
});
