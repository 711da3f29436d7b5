// 「解绑」: the sender leaves their unit; an admin may 「解绑 <用户>」 someone else.
import type { Command } from '../src/bot/command.ts';
import { changeState } from '../src/bot/change-state.ts';

export const unbindPatterns: RegExp[] = [/^(?:解绑|解除绑定|取消绑定)\s*(?<user>[\w.@-]*)$/];

export const unbind: Command = {
  name: 'unbind',
  patterns: unbindPatterns,
  async handle(ctx, match) {
    const target = match.groups?.user || ctx.msg.userId;
    const self = target === ctx.msg.userId;
    if (!self && ctx.role !== 'admin') return { markdown: ['只有管理员可以解除其他人的绑定；解除自己的绑定请只发送「解绑」。'] };
    return changeState(ctx, (data) => {
      const binding = data.bindings.find((b) => b.userId === target);
      if (!binding) return { changes: [], reply: self ? '您当前没有绑定任何单位。' : `${target} 当前没有绑定任何单位。` };
      data.bindings = data.bindings.filter((b) => b !== binding);
      const who = self ? '您' : `<@${target}>`;
      return { changes: [{ action: 'binding.remove', before: binding, after: null }], reply: `已解除${who}与 **${binding.unit}** 的绑定。` };
    });
  },
};
