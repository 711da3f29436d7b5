// The conversation against a real store in a temp folder: what liaisons, admins and leaders see.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBot, BUSY_REPLY, type Bot } from '../../src/bot/bot.ts';
import type { Command } from '../../src/bot/command.ts';
import { commands } from '../../commands/index.ts';
import { memoryLogger } from '../../src/log.ts';
import { openStore, type OpenedStore } from '../../src/store/index.ts';
import { ADMIN, LEADER, clock, conversationStore, groupMessage, testConfig } from './conversation-store.ts';

let store: OpenedStore;
let bot: Bot;
let log: ReturnType<typeof memoryLogger>;

beforeEach(async () => {
  store = await conversationStore();
  log = memoryLogger();
  bot = createBot({ store, config: testConfig, clock, log });
});
afterEach(() => store.close());

const say = async (user: string, text: string, id?: string) => (await bot.handle(groupMessage(user, text, id))).markdown.join('\n');
const reportOf = (assignmentId: string) => store.state().reports.find((r) => r.assignmentId === assignmentId);
const auditLines = async () => (await readFile(join(store.dataDir, 'audit.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l));

describe('my unit’s open tasks', () => {
  it('shows a report in the next list at once, and leaves other units’ lists as they were', async () => {
    await say('zhang', '绑定 司法局');
    expect(await say('zhang', '我单位还有哪些任务')).toContain('**县司法局** 共5项，已完成0项');
    const other = await say('zhang', '县财政局还有哪些任务');
    await say('zhang', '完成 6');
    const after = await say('zhang', '我单位还有哪些任务');
    expect(after).toContain('**县司法局** 共5项，已完成1项，未完成4项，其中逾期1项');
    expect([...after.matchAll(/- \*\*(\d+)\*\*/g)].map((m) => Number(m[1]))).toEqual([1, 3, 4, 2]);
    expect(await say('zhang', '县财政局还有哪些任务')).toBe(other);
  });

  it('asks an unbound user to bind first', async () => {
    expect(await say('zhang', '我单位还有哪些任务')).toContain('绑定 单位名称');
  });

  it('lists overdue first, then by date, ongoing last, with a count line and 已逾期N天 / 剩N天', async () => {
    await say('zhang', '绑定 司法局');
    const reply = await say('zhang', '@督办机器人 我们还有什么没完成');
    expect(reply).toContain('**县司法局** 共5项，已完成0项，未完成5项，其中逾期2项');
    const order = [...reply.matchAll(/- \*\*(\d+)\*\*/g)].map((m) => Number(m[1]));
    expect(order).toEqual([6, 1, 3, 4, 2]);
    expect(reply).toContain('已逾期16天');
    expect(reply).toContain('剩2天');
    expect(reply).toContain('长期任务');
    expect(reply).not.toContain('**100**'); // archived plan
  });

  it('shortens long requirements at a clause boundary', async () => {
    await say('zhang', '绑定 县司法局');
    const reply = await say('zhang', '本单位待办');
    expect(reply).toContain('公开年度财政预算决算信息，细化到功能分类项级科目和经济分类款级科目…');
  });
});

describe('a named unit’s tasks', () => {
  it('understands aliases and near names', async () => {
    expect(await say('x', '卫健局的任务')).toContain('**县卫生健康局** 共2项');
    expect(await say('x', '县卫生局还有哪些任务')).toContain('**县卫生健康局**');
  });

  it('suggests units for an ambiguous or unknown name', async () => {
    expect(await say('x', '县局的任务')).toMatch(/您是不是要找：.*县司法局/);
    expect(await say('x', '司法所的任务')).toMatch(/您是不是要找：县司法局|没有找到/);
  });

  it('pages a long list: 「更多」 shows the next page, and every message fits the channel', async () => {
    const first = await bot.handle(groupMessage('x', '教体局的任务'));
    expect(first.markdown.join('\n')).toContain('第1/3页');
    expect(await say('x', '更多')).toContain('第2/3页');
    expect(await say('x', '更多')).toContain('第3/3页，已全部列出');
    expect(await say('x', '更多')).toContain('没有更多内容');
    const app = await bot.handle({ ...groupMessage('y', '教体局的任务'), channel: 'app', chatId: null, chatType: 'single' });
    for (const m of app.markdown) expect(Buffer.byteLength(m)).toBeLessThanOrEqual(2048);
    expect(app.markdown.join('\n')).not.toContain('**'); // plain text in the app
  });
});

describe('paging after a change', () => {
  it('shows every open item once across the pages, as of the list, even when a report comes in between', async () => {
    await say('edu', '绑定 县教育和体育局');
    const numbers = (text: string) => [...text.matchAll(/- \*\*(\d+)\*\*/g)].map((m) => Number(m[1]));
    const pages = [await say('edu', '我单位还有哪些任务')];
    // Task 216 (due 12月16日) is on page 2; it is reported before 「更多」, and page 2 is still the list
    // as it was asked for (its later pages are looked up only now).
    expect(numbers(pages[0])).not.toContain(216);
    await say('edu', '完成 216');
    pages.push(await say('edu', '更多'), await say('edu', '更多'));
    const shown = pages.flatMap(numbers);
    expect(shown).toHaveLength(40);
    expect(new Set(shown).size).toBe(40);
    expect(shown).toContain(216);
    expect(pages[0]).toContain('共40项，已完成0项');
    // A fresh list has the report.
    expect(await say('edu', '我单位还有哪些任务')).toContain('共40项，已完成1项');
  });
});

describe('task detail', () => {
  it('shows category, full requirement, deadline and every unit’s status', async () => {
    await say('zhang', '绑定 县司法局');
    expect(await say('x', '任务1')).toContain('责任单位：共2个，已完成0个');
    await say('zhang', '完成 1 https://gov.cn/a');
    const reply = await say('x', '1号任务详情');
    expect(reply).toContain('类别：一、深化重点领域信息公开 / （一）财政信息');
    expect(reply).toContain('并在规定时间内完成公开。');
    expect(reply).toContain('2026年11月20日前（已逾期6天）');
    expect(reply).toContain('责任单位：共2个，已完成1个');
    expect(reply).toContain('未完成（1）：县财政局（牵头）');
    expect(reply).toContain('- 县司法局：11月26日报告完成，[佐证](https://gov.cn/a)');
    expect(await say('x', '任务100')).toContain('没有编号为100的任务');
  });
});

describe('completion reports', () => {
  beforeEach(async () => {
    await say('zhang', '绑定 县司法局');
  });

  it('records the report with link and reporter, on disk before the reply', async () => {
    const reply = await say('zhang', '3已完成 https://gov.cn/zn');
    expect(reply).toContain('✅ 任务3：已记录 县司法局 完成，佐证：https://gov.cn/zn');
    // A fresh store reads state.json and replays its journal (state.journal.jsonl), as a restart would.
    const onDisk = (await openStore(store.dataDir, { create: false })).state();
    expect(onDisk.reports).toContainEqual(expect.objectContaining({ assignmentId: 'P1/T3/县司法局', status: 'done', evidence: 'https://gov.cn/zn', reportedBy: 'zhang' }));
  });

  it('takes several numbers and Chinese numerals, and answers each precisely', async () => {
    const reply = await say('zhang', '三、四、七、九十九 已完成');
    expect(reply).toContain('✅ 任务3');
    expect(reply).toContain('✅ 任务4');
    expect(reply).toContain('任务7：没有分配给 县司法局（责任单位：县财政局）');
    expect(reply).toContain('任务99：没有这个编号的任务');
    expect(reply).toContain('县司法局：共5项，已完成2项');
    expect(await say('zhang', '第六项完成了，链接：https://gov.cn/6')).toContain('✅ 任务6：已记录 县司法局 完成，佐证：https://gov.cn/6');
  });

  it('answers a repeated report without recording it twice', async () => {
    await say('zhang', '完成 3');
    const again = await say('zhang', '完成 3');
    expect(again).toContain('已于11月26日 10:00由 zhang 报告完成，无需重复报告');
    expect(store.state().reports.filter((r) => r.assignmentId === 'P1/T3/县司法局')).toHaveLength(1);
    expect((await auditLines()).filter((e) => e.action === 'report.done')).toHaveLength(1);
  });

  it('counts right when reports of one unit are written together: each count line includes the ones before it', async () => {
    // Sent at once, the three share one store write (and one working copy).
    const replies = await Promise.all(['完成 3', '完成 4', '完成 6'].map((t) => say('zhang', t)));
    expect(replies.map((r) => r.match(/县司法局：共5项，已完成(\d)项/)?.[1])).toEqual(['1', '2', '3']);
    expect(store.fileWrites().state).toBeLessThan(4);
    // Evidence added in the same write as the report it completes.
    const [done, link] = await Promise.all([say('zhang', '完成 1'), say('zhang', '1已完成 https://gov.cn/1')]);
    expect(done).toContain('已完成4项');
    expect(link).toContain('本次补充了佐证链接，佐证：https://gov.cn/1');
    expect(link).toContain('已完成4项');
    const onDisk = (await openStore(store.dataDir, { create: false })).state();
    expect(onDisk.reports.filter((r) => r.assignmentId.endsWith('/县司法局')).map((r) => [r.assignmentId, r.evidence])).toEqual([
      ['P1/T3/县司法局', null], ['P1/T4/县司法局', null], ['P1/T6/县司法局', null], ['P1/T1/县司法局', 'https://gov.cn/1'],
    ]);
  });

  it('answers a question about completion without recording anything', async () => {
    expect(await say('zhang', '任务3完成了吗？')).toContain('**任务3**');
    expect(reportOf('P1/T3/县司法局')).toBeUndefined();
  });

  it('asks an unbound user to bind, and an admin to name the unit', async () => {
    expect(await say('nobody', '完成 3')).toContain('您还没有绑定单位。报告完成需要先绑定单位');
    expect(await say(ADMIN, '完成 3')).toContain('请注明为哪个单位报告');
    expect(await say(ADMIN, '完成 3 县局')).toContain('您是不是要找');
    expect(reportOf('P1/T3/县司法局')).toBeUndefined();
  });

  it('takes an admin’s report with filler words around it', async () => {
    expect(await say(ADMIN, '报告：县司法局 第3、4项已办结')).toMatch(/✅ 任务3[\s\S]*✅ 任务4/);
  });

  it('refuses a liaison reporting for another unit, and a leader reporting at all', async () => {
    expect(await say('zhang', '完成 7 县财政局')).toContain('只能报告本单位的任务');
    expect(await say(LEADER, '完成 7')).toContain('领导账号只能查询进度');
    expect(reportOf('P1/T7/县财政局')).toBeUndefined();
  });

  it('lets an admin report for a unit and return a report, which reopens it and tells the unit', async () => {
    expect(await say(ADMIN, '完成 7 财政局 https://gov.cn/7')).toContain('管理员代 县财政局 报告');
    expect(reportOf('P1/T7/县财政局')?.status).toBe('done');
    await say('zhang', '完成 1');
    const back = await say(ADMIN, '退回 1 司法局 原因：佐证链接打不开');
    expect(back).toContain('已退回任务1（县司法局）的完成报告，原因：佐证链接打不开');
    expect(back).toContain('<@zhang>');
    expect(reportOf('P1/T1/县司法局')).toMatchObject({ status: 'returned', returnedBy: ADMIN, returnReason: '佐证链接打不开' });
    expect(await say('zhang', '我单位还有哪些任务')).toContain('〔被退回〕');
    const audit = (await auditLines()).find((e) => e.action === 'report.return');
    expect(audit).toMatchObject({ actor: ADMIN, channel: 'bot', before: { status: 'done' }, after: { status: 'returned' } });
    expect(await say('zhang', '退回 3 县司法局 原因：x')).toContain('只有管理员可以退回');
    expect(await say(ADMIN, '退回 4 县司法局 原因：x')).toContain('尚未报告完成，无需退回');
  });
});

describe('binding and roles', () => {
  it('needs an admin to add or replace a unit’s liaison', async () => {
    await say('zhang', '绑定 县司法局');
    expect(await say('li', '我是司法局的联络员')).toContain('已有联络员 <@zhang>');
    expect(await say('li', '确认绑定 li 县司法局')).toContain('只有管理员');
    expect(await say(ADMIN, '替换绑定 li 县司法局')).toContain('原联络员 <@zhang> 已解除绑定');
    expect(store.state().bindings.map((b) => [b.userId, b.unit])).toEqual([['li', '县司法局']]);
    expect(await say('li', '我是谁')).toContain('绑定单位：县司法局（联络员）');
    expect(await say('li', '解绑')).toContain('已解除您与 **县司法局** 的绑定');
    expect(await say('li', '我是谁')).toContain('未绑定');
    expect(await say(ADMIN, '我是谁')).toContain('角色：管理员');
  });
});

describe('progress, overdue and this week', () => {
  it('shows completion overall and by unit', async () => {
    await say('zhang', '绑定 县司法局');
    await say('zhang', '完成 1、2');
    const reply = await say(LEADER, '总体进度');
    expect(reply).toContain('共49项，已完成2项');
    expect(reply).toContain('- 县司法局：2/5（40%）');
    expect(await say(LEADER, '司法局的进度怎么样')).toContain('**县司法局** 共5项，已完成2项');
    expect(await say('zhang', '我单位完成情况')).toContain('**县司法局** 共5项，已完成2项');
    expect(await say(LEADER, '各单位完成情况')).toContain('**总体进度**');
  });

  it('lists overdue assignments most overdue first, and what is due this week', async () => {
    const overdue = await say(LEADER, '逾期');
    expect(overdue).toContain('共4项');
    expect(overdue.indexOf('**6**')).toBeLessThan(overdue.indexOf('**1**'));
    expect(await say(LEADER, '卫健局有哪些逾期任务')).toMatch(/\*\*县卫生健康局逾期未完成\*\* 共1项（逾期最久的在前）\n- \*\*6\*\* 县卫生健康局/);
    expect(await say(LEADER, '县教体局逾期了吗')).toContain('目前县教育和体育局没有逾期未完成的任务');
    await say('zhang', '绑定 县司法局');
    expect(await say('zhang', '我单位逾期的任务')).toContain('**县司法局逾期未完成** 共2项');
    const week = await say(LEADER, '本周到期');
    expect(week).toContain('至2026-11-29');
    expect(week).toContain('**3** 县司法局');
    expect(week).not.toContain('**4**');
    // Both lists are kept until the data changes: a report takes its item off at once.
    await say('zhang', '完成 3');
    expect(await say(LEADER, '本周到期')).not.toContain('**3** 县司法局');
    expect(await say(LEADER, '逾期')).toContain('共4项');
    await say('zhang', '完成 6');
    expect(await say(LEADER, '逾期')).toContain('共3项');
    expect(await say('zhang', '我单位逾期的任务')).toContain('**县司法局逾期未完成** 共1项');
  });
});

describe('help and failures', () => {
  it('answers anything not understood with a short help', async () => {
    const reply = await say('x', '今天天气怎么样');
    expect(reply).toContain('没有听懂');
    expect(reply).toContain('我单位还有哪些任务');
  });

  it('turns a handler’s exception into 「系统繁忙」 and logs it with message id and user', async () => {
    const broken: Command = { name: 'broken', patterns: [/^炸$/], handle: async () => { throw new Error('boom'); } };
    const b = createBot({ store, config: testConfig, clock, log, commands: [broken, ...commands] });
    const reply = await b.handle(groupMessage('zhang', '炸', 'crash-1'));
    expect(reply.markdown).toEqual([BUSY_REPLY]);
    const line = JSON.parse(log.lines.find((l) => l.includes('boom'))!);
    expect(line).toMatchObject({ level: 'error', messageId: 'crash-1', userId: 'zhang' });
  });
});

describe('channel limits', () => {
  it('cuts a long reply a command built itself to the channel’s bytes, and the same kept text every time', async () => {
    const line = (i: number) => `- **${i}** 公开年度财政预算决算信息｜已逾期${i}天`;
    const long = Array.from({ length: 200 }, (_, i) => line(i)).join('\n');
    const own: Command = { name: 'own', patterns: [/^长$/], handle: async () => ({ markdown: [long] }) };
    const b = createBot({ store, config: testConfig, clock, log, commands: [own, ...commands] });
    const reply = await b.handle(groupMessage('x', '长'));
    expect(reply.markdown.length).toBeGreaterThan(1);
    for (const m of reply.markdown) expect(Buffer.byteLength(m)).toBeLessThanOrEqual(4096);
    expect(reply.markdown.join('\n')).toBe(long);
    const app = await b.handle({ ...groupMessage('y', '长'), channel: 'app', chatId: null, chatType: 'single' });
    for (const m of app.markdown) expect(Buffer.byteLength(m)).toBeLessThanOrEqual(2048);
    expect(app.markdown.join('\n')).toBe(long.replaceAll('**', ''));
    // A kept text (task detail) shown again reads the same, and as plain text in the app.
    expect(await say('x', '任务1')).toBe(await say('z', '任务1'));
    const appDetail = (await bot.handle({ ...groupMessage('y', '任务1'), channel: 'app', chatId: null, chatType: 'single' })).markdown.join('\n');
    expect(appDetail).toContain('任务1　2026年P1政务公开工作要点');
    expect(appDetail).not.toContain('**');
  });
});

describe('WeCom retries', () => {
  it('processes a message id once: a concurrent retry and a later one get the same answer, one state change', async () => {
    await say('zhang', '绑定 县司法局');
    const [a, b] = await Promise.all([bot.handle(groupMessage('zhang', '完成 3', 'dup-1')), bot.handle(groupMessage('zhang', '完成 3', 'dup-1'))]);
    const c = await bot.handle(groupMessage('zhang', '完成 3', 'dup-1'));
    expect(a.markdown[0]).toContain('✅ 任务3');
    expect(b.markdown).toEqual(a.markdown);
    expect(c.markdown).toEqual(a.markdown);
    expect((await auditLines()).filter((e) => e.action === 'report.done' && e.msgId === 'dup-1')).toHaveLength(1);
  });

  it('finds a retry’s first attempt in the write they share, even when this process no longer remembers its reply', async () => {
    await say('zhang', '绑定 县司法局');
    // Two bots on one store: the second has not seen the message, as after its memory of recent
    // replies moved on; the first attempt is not on disk yet when the retry is decided.
    const other = createBot({ store, config: testConfig, clock, log });
    const [a, b] = await Promise.all([bot.handle(groupMessage('zhang', '完成 7 县司法局', 'dup-2')), other.handle(groupMessage('zhang', '完成 3', 'dup-2'))]);
    expect(a.markdown[0]).toContain('任务7：没有分配给 县司法局');
    expect(b.markdown).toEqual(a.markdown);
    expect(reportOf('P1/T3/县司法局')).toBeUndefined();
    expect(store.state().processed.filter((p) => p.key === 'bot:dup-2')).toHaveLength(1);
  });

  it('answers a retry after a restart from disk, without recording the report again', async () => {
    await say('zhang', '绑定 县司法局');
    const first = await bot.handle(groupMessage('zhang', '完成 4 https://gov.cn/4', 'restart-1'));
    await store.close();
    store = await conversationStore(store.dataDir);
    const fresh = createBot({ store, config: testConfig, clock, log });
    const retry = await fresh.handle(groupMessage('zhang', '完成 4 https://gov.cn/4', 'restart-1'));
    expect(retry.markdown).toEqual(first.markdown);
    expect(store.state().reports.filter((r) => r.assignmentId === 'P1/T4/县司法局')).toHaveLength(1);
    expect((await auditLines()).filter((e) => e.action === 'report.done')).toHaveLength(1);
  });
});

describe('slow work on retries', () => {
  it('starts a command’s follow-up once, however often WeCom retries', async () => {
    const slow: Command = { name: 'slow', patterns: [/^导出$/], handle: async () => ({ markdown: ['正在生成，请稍候'], followUp: async () => ({ markdown: ['好了'] }) }) };
    const b = createBot({ store, config: testConfig, clock, log, commands: [slow, ...commands] });
    const first = await b.handle(groupMessage('x', '导出', 'slow-1'));
    const retry = await b.handle(groupMessage('x', '导出', 'slow-1'));
    expect(first.followUp).toBeTypeOf('function');
    expect(retry).toEqual({ markdown: ['正在生成，请稍候'] });
  });
});

describe('size limits whatever the command', () => {
  it('splits an oversized message from any command to the channel’s limit', async () => {
    const chatty: Command = { name: 'chatty', patterns: [/^长$/], handle: async () => ({ markdown: [Array.from({ length: 300 }, (_, i) => `- 第${i}行：公开年度财政预算决算信息`).join('\n')] }) };
    const b = createBot({ store, config: testConfig, clock, log, commands: [chatty, ...commands] });
    const viaBot = await b.handle(groupMessage('x', '长'));
    const viaApp = await b.handle({ ...groupMessage('x', '长'), channel: 'app' });
    expect(viaBot.markdown.length).toBeGreaterThan(1);
    for (const m of viaBot.markdown) expect(Buffer.byteLength(m)).toBeLessThanOrEqual(4096);
    for (const m of viaApp.markdown) expect(Buffer.byteLength(m)).toBeLessThanOrEqual(2048);
  });
});
