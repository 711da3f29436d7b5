// 「单位列表」「添加单位 县数据局」「别名 卫健局=县卫生健康局」「单位改名 旧名=新名」: the unit directory.
// Anyone may read it; only admins change it. Renaming and merging keep assignments and history.
import type { Command, CommandContext } from '../src/bot/command.ts';
import type { BotReply } from '../src/bot/message.ts';
import { textReply } from '../src/bot/reply.ts';
import { adminOnly, rememberedReply, writeContext } from '../src/admin/chat.ts';
import { addAlias, addUnit, listUnits, renameUnit } from '../src/admin/units.ts';

export const unitsAdminPatterns: RegExp[] = [
  /^(?<list>单位(?:列表|名录|清单)|(?:查看|所有)单位)$/,
  /^(?:添加|新增|增加)单位\s*(?<add>\S+)$/,
  /^(?:添加)?别名\s*(?<alias>[^=\s]+)\s*=\s*(?<target>\S+)$/,
  /^(?:单位改名|单位更名|重命名单位)\s*(?<from>[^=\s]+)\s*=\s*(?<to>\S+)$/,
];

function renderList(ctx: CommandContext): BotReply {
  const units = listUnits(ctx.store);
  if (units.length === 0) return { markdown: ['单位名录是空的。导入计划时会自动建立，也可以「添加单位 县XX局」。'] };
  const byKind = new Map<string, typeof units>();
  for (const u of units) byKind.set(u.kind, [...(byKind.get(u.kind) ?? []), u]);
  const lines = [`**单位名录**（共 ${units.length} 个）`];
  for (const [kind, list] of byKind) {
    lines.push(`**${kind}**（${list.length}）`);
    for (const u of list)
      lines.push(`- ${u.name}${u.aliases.length ? `（又称 ${u.aliases.join('、')}）` : ''} · 在办任务 ${u.assignments} 项${u.liaisons.length ? '' : ' · 未绑定联络员'}`);
  }
  return textReply(ctx, lines.join('\n'));
}

export const unitsAdmin: Command = {
  name: 'units-admin',
  patterns: unitsAdminPatterns,
  async handle(ctx, match) {
    const g = match.groups ?? {};
    if (g.list) return renderList(ctx);
    const refused = adminOnly(ctx, '修改单位名录');
    if (refused) return refused;
    const w = writeContext(ctx);
    if (g.add) {
      const unit = await addUnit(ctx.store, w, g.add);
      return rememberedReply(ctx, `已添加单位 **${unit.name}**（${unit.kind}）。`);
    }
    if (g.alias) {
      const r = await addAlias(ctx.store, w, g.alias, g.target);
      return rememberedReply(
        ctx,
        r.kind === 'alias'
          ? `已记下：「${g.alias}」就是 **${r.unit.name}**。`
          : `「${r.from.name}」与 **${r.into.name}** 是同一单位，已合并：${r.assignments} 项任务分配、完成记录和联络员都转到 ${r.into.name}，「${r.from.name}」保留为别名。`,
      );
    }
    const renamed = await renameUnit(ctx.store, w, g.from, g.to);
    return rememberedReply(ctx, `单位已改名为 **${renamed.name}**，原名「${g.from}」保留为别名，任务、完成记录和联络员随之转移。`);
  },
};
