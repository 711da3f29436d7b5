// 「绑定 县司法局」「我是司法局的联络员」: binds the sender to a unit. A unit that already has a
// liaison needs an admin: 「确认绑定 <用户> <单位>」 adds one more, 「替换绑定 <用户> <单位>」 replaces.
import type { Command, CommandContext } from '../src/bot/command.ts';
import { changeState } from '../src/bot/change-state.ts';
import { findUnit } from '../src/bot/context-data.ts';
import { unitNotFound } from '../src/bot/resolve-unit.ts';
import type { Binding, StateData } from '../src/store/schema.ts';
import type { Change } from '../src/store/store.ts';

export const bindPatterns: RegExp[] = [
  /^(?<mode>确认绑定|替换绑定)\s*(?<user>[\w.@-]+)\s+(?<unit>.+)$/,
  /^(?:绑定|绑定单位|我要绑定|申请绑定)\s*(?<unit>.+)$/,
  /^我是(?<unit>.+?)的?联络员/,
];

const mention = (userId: string) => `<@${userId}>`;

/** Binds `userId` to `unit`, dropping the user's earlier binding; with `replace`, the unit's other liaisons go. */
function bindUser(data: StateData, userId: string, unit: string, at: string, replace: boolean): Change[] {
  const changes: Change[] = [];
  const removed = data.bindings.filter((b) => b.userId === userId || (replace && b.unit === unit));
  for (const b of removed) changes.push({ action: 'binding.remove', before: b, after: null });
  const binding: Binding = { userId, unit, since: at };
  data.bindings = [...data.bindings.filter((b) => !removed.includes(b)), binding];
  changes.push({ action: 'binding.add', before: null, after: binding });
  return changes;
}

async function adminBind(ctx: CommandContext, userId: string, unit: string, replace: boolean) {
  if (ctx.role !== 'admin') return { markdown: ['只有管理员可以确认或替换其他人的绑定。'] };
  return changeState(ctx, (data) => {
    const others = data.bindings.filter((b) => b.unit === unit && b.userId !== userId).map((b) => b.userId);
    const changes = bindUser(data, userId, unit, ctx.clock().toISOString(), replace);
    const note = replace && others.length ? `，原联络员 ${others.map(mention).join('、')} 已解除绑定` : '';
    return { changes, reply: `已将 ${mention(userId)} 绑定为 **${unit}** 的联络员${note}。` };
  });
}

export const bind: Command = {
  name: 'bind',
  patterns: bindPatterns,
  async handle(ctx, match) {
    const query = (match.groups?.unit ?? '').trim();
    const found = findUnit(ctx, query);
    if (!found.match) return { markdown: [unitNotFound(query, found)] };
    const unit = found.match;
    const mode = match.groups?.mode;
    if (mode) return adminBind(ctx, match.groups!.user!, unit, mode === '替换绑定');
    const me = ctx.msg.userId;
    return changeState(ctx, (data) => {
      const mine = data.bindings.find((b) => b.userId === me);
      if (mine?.unit === unit) return { changes: [], reply: `您已经是 **${unit}** 的联络员，无需重复绑定。` };
      const others = data.bindings.filter((b) => b.unit === unit && b.userId !== me).map((b) => b.userId);
      if (others.length && ctx.role !== 'admin') {
        return {
          changes: [],
          reply:
            `**${unit}** 已有联络员 ${others.map(mention).join('、')}，不能直接绑定。` +
            `请管理员发送「确认绑定 ${me} ${unit}」增加您为联络员，或「替换绑定 ${me} ${unit}」由您替换原联络员。`,
        };
      }
      const changes = bindUser(data, me, unit, ctx.clock().toISOString(), false);
      const moved = mine ? `（已解除与 ${mine.unit} 的绑定）` : '';
      return { changes, reply: `绑定成功：您是 **${unit}** 的联络员${moved}。发送「我单位还有哪些任务」查看待办。` };
    });
  },
};
