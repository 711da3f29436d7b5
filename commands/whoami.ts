// 「我是谁」: the sender's binding and role.
import type { Command } from '../src/bot/command.ts';
import { ROLE_NAMES } from '../src/bot/roles.ts';

export const whoamiPatterns: RegExp[] = [/^(?:我是谁|我的身份|我的角色|我绑定了?(?:哪个|什么)?单位|查看绑定)[?。]*$/];

export const whoami: Command = {
  name: 'whoami',
  patterns: whoamiPatterns,
  async handle(ctx) {
    const lines = [`用户：${ctx.msg.userId}`];
    lines.push(ctx.unit ? `绑定单位：${ctx.unit}（联络员）` : '绑定单位：未绑定（发送「绑定 单位名称」进行绑定）');
    lines.push(`角色：${ctx.role ? ROLE_NAMES[ctx.role] : '未登记（可查询任务；绑定单位后可报告完成）'}`);
    return { markdown: [lines.join('\n')] };
  },
};
