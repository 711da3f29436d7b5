// An admin loads plans from the chat, end to end: real HTTP, real WeCom encryption, the stand-in as
// WeCom and as the county website, the real bot and store.
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, startLiveAdminBot, type LiveAdminBot } from '../intake/live-admin-bot.ts';

let live: LiveAdminBot;
afterEach(() => live?.close());

const fixture = (name: string) => readFile(new URL(`../fixtures/${name}`, import.meta.url));

describe('loading a plan from the chat', () => {
  it('imports a .docx sent as a file message after 「确认导入」', async () => {
    live = await startLiveAdminBot();
    const docx = await fixture('office/002_ff479ca82672f711.docx');
    const sent = await live.sendFile(ADMIN, docx, '2023年沂源县政务公开工作方案.docx');
    expect(sent.now).toContain('正在读取');
    // response_url takes one later reply: the whole preview fits in one message.
    expect(sent.later).toHaveLength(1);
    expect(Buffer.byteLength(sent.later[0])).toBeLessThanOrEqual(4096);
    const preview = sent.later[0];
    expect(preview).toContain('2023年沂源县政务公开工作方案');
    expect(preview).toContain('回复「确认导入」写入');
    expect(live.store.plans().plans).toHaveLength(0);

    const confirmed = await live.say(ADMIN, '确认导入');
    expect(confirmed.now).toMatch(/任务编号 1–\d+/);
    const plans = live.store.plans().plans;
    expect(plans).toHaveLength(1);
    expect(plans[0].tasks.length).toBeGreaterThan(200);
    expect(live.store.plans().assignments.length).toBeGreaterThan(1000);
    // The plan is now what liaisons query.
    expect((await live.say('someone', '任务1')).now).toContain('责任单位');
    expect((await live.say(ADMIN, '计划列表')).now).toContain('P1');
  });

  it('imports a page served by the website from its address; a second plan keeps numbers unambiguous', async () => {
    live = await startLiveAdminBot();
    const seed = await fixture('seeds/000_20bb31a74edcb18b.txt');
    const page = live.standIn.servePage('/art/2024/plan.txt', seed, 'text/plain; charset=utf-8');
    const sent = await live.say(ADMIN, `导入计划 ${page}`);
    expect(sent.now).toContain('正在读取网页');
    expect(sent.later.join('\n')).toContain('回复「确认导入」写入');
    expect((await live.say(ADMIN, '确认导入')).now).toContain('任务编号');
    const first = live.store.plans().plans[0];

    await live.sendFile(ADMIN, await fixture('office/003_800488427c9f6929.docx'), '方案.docx');
    await live.say(ADMIN, '确认导入');
    const [a, b] = live.store.plans().plans;
    expect(b.id).toBe('P2');
    const numbersA = new Set(a.tasks.map((t) => t.number));
    expect(b.tasks.every((t) => !numbersA.has(t.number))).toBe(true);
    expect(a).toMatchObject({ id: first.id, status: 'active' });
  });

  it('refuses a non-admin, and changes nothing', async () => {
    live = await startLiveAdminBot();
    const page = live.standIn.servePage('/p.txt', await fixture('seeds/000_20bb31a74edcb18b.txt'), 'text/plain');
    expect((await live.say('liaison1', `导入计划 ${page}`)).now).toContain('只有管理员可以导入计划');
    const file = await live.sendFile('liaison1', await fixture('office/002_ff479ca82672f711.docx'), 'a.docx');
    expect(file.now).toContain('只有管理员可以导入计划');
    expect((await live.say('liaison1', '确认导入')).now).toContain('只有管理员');
    expect(live.store.plans().plans).toHaveLength(0);
    expect(live.standIn.sent('/p.txt')).toHaveLength(0);
  });

  it('answers clearly for a page on another host, a missing page, a PDF and a wrong file kind; nothing changes', async () => {
    live = await startLiveAdminBot();
    expect((await live.say(ADMIN, '导入计划 https://www.example.com/plan.html')).later.join()).toContain('不能从「www.example.com」导入');
    expect((await live.say(ADMIN, `导入计划 ${live.standIn.url}/nothing-here`)).later.join()).toContain('网页返回错误 404');
    expect((await live.sendFile(ADMIN, new TextEncoder().encode('%PDF-1.7 ...'), 'plan.pdf')).later.join()).toContain('请另存为 .docx');
    const noTable = live.standIn.servePage('/news.html', '<html><body><p>今天天气很好。</p></body></html>', 'text/html; charset=utf-8');
    expect((await live.say(ADMIN, `导入计划 ${noTable}`)).later.join()).toMatch(/没有在.*找到任务/);
    expect((await live.say(ADMIN, '确认导入')).now).toContain('没有待确认的导入');
    expect(live.store.plans().plans).toHaveLength(0);
  });

  it('reads an Excel plan sent without a file name (the kind is read from the bytes)', async () => {
    live = await startLiveAdminBot();
    const sent = await live.sendFile(ADMIN, await fixture('office/000_20bb31a74edcb18b.xlsx'));
    expect(sent.later.join('\n')).toMatch(/计划：高青县2020年.*\n文件：plan.xlsx/);
    expect(sent.later.join('\n')).toContain('回复「确认导入」写入');
  });

  it('drops a pending import on 「取消」', async () => {
    live = await startLiveAdminBot();
    await live.sendFile(ADMIN, await fixture('office/002_ff479ca82672f711.docx'), 'a.docx');
    expect((await live.say(ADMIN, '取消')).now).toContain('已取消「a.docx」的导入');
    expect((await live.say(ADMIN, '确认导入')).now).toContain('没有待确认的导入');
    expect(live.store.plans().plans).toHaveLength(0);
  });
});
