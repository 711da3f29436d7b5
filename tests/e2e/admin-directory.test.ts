// Units and people from the chat, end to end: every change answered in Chinese and audited with the
// channel and message id; merging units keeps assignments and completion records; non-admins refused.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, startLiveAdminBot, type LiveAdminBot } from '../intake/live-admin-bot.ts';

let live: LiveAdminBot;
afterEach(() => live?.close());

const audit = async () =>
  (await readFile(join(live.store.dataDir, 'audit.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { action: string; actor: string; channel: string; msgId: string | null });

describe('units and people from the chat', () => {
  it('lists, adds, aliases and merges units; sets liaisons and leaders; all audited', async () => {
    live = await startLiveAdminBot();
    const seed = await readFile(new URL('../fixtures/seeds/000_20bb31a74edcb18b.txt', import.meta.url));
    await live.say(ADMIN, `导入计划 ${live.standIn.servePage('/plan.txt', seed, 'text/plain; charset=utf-8')}`);
    await live.say(ADMIN, '确认导入');

    expect((await live.say('anyone', '单位列表')).now).toContain('**单位名录**（共');
    expect((await live.say('anyone', '添加单位 县数据局')).now).toContain('只有管理员可以修改单位名录');
    expect((await live.say(ADMIN, '添加单位 县数据局')).now).toBe('已添加单位 **县数据局**（部门）。');
    expect((await live.say(ADMIN, '别名 数据局=县数据局')).now).toContain('「数据局」就是 **县数据局**');

    // 县扶贫办 was merged into 县农业农村局 by the county's reform: its tasks and its record follow.
    await live.say(ADMIN, '设置联络员 fupin 县扶贫办');
    const tasks = live.store.plans().assignments.filter((a) => a.unit === '县扶贫办').length;
    expect(tasks).toBeGreaterThan(0);
    const n = live.store.plans().plans[0].tasks.find((t) => live.store.plans().assignments.some((a) => a.taskId === t.id && a.unit === '县扶贫办'))!.number;
    expect((await live.say('fupin', `完成 ${n}`)).now).toContain('✅');
    const merged = (await live.say(ADMIN, '别名 县扶贫办=县农业农村局')).now;
    expect(merged).toContain('已合并');
    expect(live.store.plans().assignments.filter((a) => a.unit === '县扶贫办')).toHaveLength(0);
    expect(live.store.state().bindings.find((b) => b.userId === 'fupin')?.unit).toBe('县农业农村局');
    expect(live.store.state().reports.some((r) => r.status === 'done' && r.assignmentId.endsWith('/县农业农村局'))).toBe(true);
    expect((await live.say('someone', '扶贫办的任务')).now).toContain('县农业农村局');

    expect((await live.say(ADMIN, '设置联络员 li 司法局')).now).toBe('已设置 li 为 **县司法局** 的联络员。');
    expect((await live.say(ADMIN, '设置联络员 wang 县司法局')).now).toContain('原联络员 li 已解除');
    expect((await live.say(ADMIN, '设置领导 boss')).now).toContain('已设置 boss 为领导');
    expect((await live.say('boss', '联络员列表')).now).toContain('- 县司法局：wang');
    expect((await live.say('wang', '联络员列表')).now).toContain('只有管理员和领导可以查看');

    const entries = await audit();
    const actions = entries.filter((e) => e.actor === ADMIN && e.channel === 'bot' && e.msgId).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['unit.add', 'unit.alias', 'unit.merge', 'unit.move.assignments', 'unit.move.report', 'unit.move.binding', 'liaison.set', 'leader.set']));
  });
});
