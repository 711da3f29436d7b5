// The conversation end to end: real HTTP on loopback, real WeCom encryption, the real bot and store.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sendAppText, sendBotText } from '../../src/stand-in/index.ts';
import { ADMIN, LEADER } from '../bot/conversation-store.ts';
import { startLiveBot, type LiveBot } from '../bot/live-server.ts';

let live: LiveBot;
beforeEach(async () => {
  live = await startLiveBot();
});
afterEach(() => live.close());

const GROUP = 'wrGROUP1';
const say = async (userId: string, text: string, msgId?: string) => {
  const r = await sendBotText({ serverUrl: live.url, bot: live.bot, userId, chatId: GROUP, text, msgId, responseUrl: live.standIn.responseUrl() });
  expect(r.status).toBe(200);
  expect(r.reply?.stream?.finish).toBe(true);
  return r.text;
};
const reportsDone = async () => (await readFile(join(live.store.dataDir, 'audit.jsonl'), 'utf8')).split('\n').filter((l) => l.includes('"report.done"')).length;

describe('a group conversation through the intelligent bot callback', () => {
  it('binds, lists, shows a task, reports, pages, and reports progress', async () => {
    expect(await say('zhang', '绑定 司法局')).toContain('绑定成功：您是 **县司法局** 的联络员');
    expect(await say('zhang', '我单位还有哪些任务')).toContain('**县司法局** 共5项，已完成0项');
    expect(await say('x', '卫健局的任务')).toContain('**县卫生健康局** 共2项');
    expect(await say('x', '县局的任务')).toContain('您是不是要找：');
    expect(await say('x', '任务1')).toContain('责任单位：共2个，已完成0个');
    expect(await say('zhang', '３已完成 https://gov.cn/a')).toContain('✅ 任务3：已记录 县司法局 完成，佐证：https://gov.cn/a');
    expect(await say('zhang', '三、四 已完成')).toMatch(/任务3：县司法局 已于.*无需重复报告[\s\S]*✅ 任务4/);
    expect(await say('zhang', '完成 7')).toContain('没有分配给 县司法局');
    expect(await say('zhang', '完成 99')).toContain('任务99：没有这个编号的任务');
    expect(await say(ADMIN, '完成 7 县财政局')).toContain('管理员代 县财政局 报告');
    expect(await say(ADMIN, '退回 3 县司法局 原因：链接打不开')).toContain('<@zhang>');
    expect(await say('li', '我是司法局的联络员')).toContain('已有联络员');
    expect(await say('zhang', '我是谁')).toContain('角色：联络员');
    expect(await say(LEADER, '进度')).toContain('共49项，已完成2项');
    expect(await say(LEADER, '逾期')).toContain('逾期未完成');
    expect(await say(LEADER, '本周到期')).toContain('**3** 县司法局');
    expect(await say('x', '教体局的任务')).toContain('第1/3页');
    expect(await say('x', '更多')).toContain('第2/3页');
    expect(await say('zhang', '解绑')).toContain('已解除您与 **县司法局** 的绑定');
    expect(await say('x', '帮助')).toContain('可以这样问我');
    expect(await say('x', '随便说点什么')).toContain('没有听懂');
  });

  it('answers a retried message id with the same reply and records the report once', async () => {
    await say('zhang', '绑定 县司法局');
    const [a, b] = await Promise.all([say('zhang', '完成 4', 'retry-1'), say('zhang', '完成 4', 'retry-1')]);
    const c = await say('zhang', '完成 4', 'retry-1');
    expect(a).toContain('✅ 任务4');
    expect([b, c]).toEqual([a, a]);
    expect(await reportsDone()).toBe(1);
  });

  it('answers a retry after a restart the same way, with no second record', async () => {
    await say('zhang', '绑定 县司法局');
    const first = await say('zhang', '第四项完成了，链接：https://gov.cn/4', 'restart-1');
    expect(first).toContain('✅ 任务4');
    await live.restart();
    expect(await say('zhang', '第四项完成了，链接：https://gov.cn/4', 'restart-1')).toBe(first);
    expect(await reportsDone()).toBe(1);
    expect(live.store.state().reports.filter((r) => r.assignmentId === 'P1/T4/县司法局')).toHaveLength(1);
  });
});

describe('one-to-one through the self-built app callback', () => {
  it('answers in plain text within 2048 bytes; the rest of a long reply goes through the message API', async () => {
    const r = await sendAppText({ serverUrl: live.url, app: live.app, userId: 'wang', text: '教体局的任务' });
    expect(r.status).toBe(200);
    expect(Buffer.byteLength(r.text)).toBeLessThanOrEqual(2048);
    expect(r.text).toContain('县教育和体育局 共40项');
    expect(r.text).not.toContain('**');
    await live.restart(); // waits for background deliveries
    const later = live.standIn.sent('/cgi-bin/message/send');
    expect(later.length).toBeGreaterThan(0);
  });

  it('binds and reports through the app, deduplicating by MsgId', async () => {
    const send = (text: string, msgId?: string) => sendAppText({ serverUrl: live.url, app: live.app, userId: 'wang', text, msgId });
    expect((await send('绑定 县卫健局')).text).toContain('绑定成功');
    const a = await send('完成 6', '7001');
    const b = await send('完成 6', '7001');
    expect(a.text).toContain('✅ 任务6：已记录 县卫生健康局 完成');
    expect(b.text).toBe(a.text);
    expect(await reportsDone()).toBe(1);
  });
});
