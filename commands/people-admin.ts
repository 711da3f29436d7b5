// 「联络员列表」「设置联络员 <userid> <单位>」「设置领导 <userid>」「取消领导 <userid>」: roles from the chat.
import type { Command, CommandContext } from '../src/bot/command.ts';
import type { BotReply } from '../src/bot/message.ts';
import { textReply } from '../src/bot/reply.ts';
import { adminOnly, readersOnly, rememberedReply, writeContext } from '../src/admin/chat.ts';
import { listLiaisons, removeLeader, setLeader, setLiaison } from '../src/admin/people.ts';

export const peopleAdminPatterns: RegExp[] = [
  /^(?<list>联络员(?:列表|名单|清单))$/,
  /^(?:设置|指定|设定)联络员\s*(?<user>[\w.@-]+)\s+(?<unit>\S+)$/,
  /^(?:设置|指定|添加|设定)领导\s*(?<leader>[\w.@-]+)$/,
  /^(?:取消|移除|删除)领导\s*(?<unleader>[\w.@-]+)$/,
];

function renderList(ctx: CommandContext): BotReply {
  const list = listLiaisons(ctx.store);
  const missing = list.filter((l) => l.liaisons.length === 0);
  const lines = [`**联络员名单**：${list.length - missing.length} 个单位已绑定，${missing.length} 个未绑定。`];
  for (const l of list.filter((x) => x.liaisons.length)) lines.push(`- ${l.unit}：${l.liaisons.map((b) => b.userId).join('、')}`);
  if (missing.length) lines.push(`**未绑定联络员**：${missing.map((l) => l.unit).join('、')}`);
  const leaders = [...new Set([...ctx.config.leaders, ...ctx.store.state().leaders])];
  lines.push(`**领导**：${leaders.length ? leaders.join('、') : '未设置'}`);
  return textReply(ctx, lines.join('\n'));
}

export const peopleAdmin: Command = {
  name: 'people-admin',
  patterns: peopleAdminPatterns,
  async handle(ctx, match) {
    const g = match.groups ?? {};
    if (g.list) return readersOnly(ctx, '联络员名单') ?? renderList(ctx);
    const refused = adminOnly(ctx, '设置联络员和领导');
    if (refused) return refused;
    const w = writeContext(ctx);
    if (g.user) {
      const r = await setLiaison(ctx.store, w, ctx.clock, g.user, g.unit);
      if (r.unchanged) return rememberedReply(ctx, `${g.user} 已是 **${r.unit}** 的联络员，无需重复设置。`);
      const notes = [
        r.replaced.length ? `原联络员 ${r.replaced.join('、')} 已解除` : '',
        r.previousUnit ? `${g.user} 不再担任 ${r.previousUnit} 的联络员` : '',
      ].filter(Boolean);
      return rememberedReply(ctx, `已设置 ${g.user} 为 **${r.unit}** 的联络员${notes.length ? `；${notes.join('；')}` : ''}。`);
    }
    if (g.leader) {
      const { added } = await setLeader(ctx.store, w, g.leader);
      return rememberedReply(ctx, added ? `已设置 ${g.leader} 为领导，可查看进度和汇总。` : `${g.leader} 已经是领导。`);
    }
    const { removed } = await removeLeader(ctx.store, w, g.unleader);
    const fromConfig = ctx.config.leaders.includes(g.unleader) ? '（此人在配置文件中登记为领导，需修改 DUBAN_LEADERS）' : '';
    return rememberedReply(ctx, removed ? `已取消 ${g.unleader} 的领导身份${fromConfig}。` : `${g.unleader} 不在聊天设置的领导名单中${fromConfig}。`);
  },
};
