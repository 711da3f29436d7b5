import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/bot/command.ts';
import type { Role } from '../../src/store/schema.ts';
import { memoryLogger } from '../../src/log.ts';
import { weeklyReport, weeklyReportPatterns } from '../../commands/weekly-report.ts';
import { SUMMARY_AT } from './sample-store-data.ts';
import { openSampleStore, tempDir } from './sample-store.ts';

async function ask(role: Role | null, maxBytes = 4096) {
  const store = await openSampleStore(await tempDir());
  const ctx = {
    msg: { channel: 'bot', messageId: 'm1', chatId: 'c1', chatType: 'group', userId: 'u1', text: '周报', replyHandle: { kind: 'none' } },
    text: '周报', store, config: {} as CommandContext['config'], clock: () => SUMMARY_AT, log: memoryLogger(), role, unit: null, maxBytes,
  } as CommandContext;
  return weeklyReport.handle(ctx, '周报'.match(weeklyReportPatterns[0]!)!);
}

describe('「周报」 in chat', () => {
  it('understands the usual phrasings and not unrelated ones', () => {
    const matches = (t: string) => weeklyReportPatterns.some((p) => p.test(t));
    expect(['周报', '本周周报', '查看周报', '督办周报'].every(matches)).toBe(true);
    expect(['我的任务', '完成 12 周报已上传'].some(matches)).toBe(false);
  });

  it('shows leaders the same summary the group gets, as text', async () => {
    const reply = await ask('leader');
    expect(reply.markdown.join('\n')).toContain('已完成 3/7 项（42.9%）');
    expect(reply.file).toBeUndefined();
  });

  it('keeps each message within the channel limit', async () => {
    const reply = await ask('admin', 300);
    expect(reply.markdown.length).toBeGreaterThan(1);
    for (const m of reply.markdown) expect(Buffer.byteLength(m)).toBeLessThanOrEqual(300);
  });

  it('explains to a liaison why not, and what to ask instead', async () => {
    const reply = await ask('liaison');
    expect(reply.markdown).toEqual(['周报只对领导和管理员开放。您可以发送「进度」查看总体进度，或「我的任务」查看本单位任务。']);
  });
});
