// The cron timers themselves (croner, China time) fire the same runDue path; vitest's fake timers
// move the clock two minutes past 09:00 without waiting.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Config } from '../../src/config.ts';
import type { Outgoing, SendOutcome, WebhookSender } from '../../src/delivery/webhook-sender.ts';
import { memoryLogger } from '../../src/log.ts';
import { createSchedules } from '../../src/schedule/index.ts';
import { openSampleStore, tempDir } from '../report/sample-store.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('cron trigger', () => {
  it('fires the weekly summary at Monday 09:00 China time, whatever the server zone', async () => {
    const store = await openSampleStore(await tempDir());
    let delivered!: (what: string[]) => void;
    const sentAt = new Promise<string[]>((ok) => (delivered = ok));
    const sender: WebhookSender = {
      async send(_key: string, items: Outgoing[]): Promise<SendOutcome[]> {
        delivered(items.map((i) => `${i.what}@${new Date().toISOString()}`));
        return items.map((i) => ({ what: i.what, ok: true, attempts: 1 }));
      },
    };
    const config = { webhooks: { leaders: ['k0001'], liaisons: null }, schedule: { weekly: '0 9 * * 1', reminderTime: '09:00', reminderDays: 3 } } as unknown as Config;

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(new Date('2026-11-23T00:58:00Z')); // Monday 08:58 in China, Sunday evening in New York
    const scheduler = createSchedules({ store, config, clock: () => new Date(), log: memoryLogger(), sender });
    expect(scheduler.nextRun(scheduler.jobs[0]!)?.toISOString()).toBe('2026-11-23T01:00:00.000Z');
    scheduler.start();
    await vi.advanceTimersByTimeAsync(3 * 60_000);
    const sent = await sentAt;
    scheduler.stop();
    expect(sent[0]).toMatch(/^周报@2026-11-23T01:0[0-2]/);
  });
});
