// 「帮助」, and the answer to anything no other command understood: a short help with examples.
import type { Command } from '../src/bot/command.ts';

export const HELP_TEXT = [
  '**督办机器人** 可以这样问我：',
  '- 我单位还有哪些任务 ／ 县司法局还有哪些任务',
  '- 任务12（查看任务详情）',
  '- 完成 12 ／ 12已完成 https://… ／ 3、5、7 已完成',
  '- 绑定 县司法局 ／ 解绑 ／ 我是谁',
  '- 进度 ／ 逾期 ／ 本周到期 ／ 更多（下一页）',
  '领导：周报 ／ 导出台账',
  '管理员：完成 12 县司法局（代报）／ 退回 12 县司法局 原因：… ／ 确认绑定 用户 单位 ／ 导入计划（发送文件或「导入计划 网址」）／ 单位列表 ／ 联络员名单 ／ 计划列表',
].join('\n');

export const helpPatterns: RegExp[] = [/^(?:帮助|help|菜单|功能|使用说明|怎么用|\?)[?。!]*$/i, /[\s\S]*/];

export const help: Command = {
  name: 'help',
  patterns: helpPatterns,
  async handle(ctx, match) {
    void match;
    if (ctx.text === '' || helpPatterns[0]!.test(ctx.text)) return { markdown: [HELP_TEXT] };
    return { markdown: [`抱歉，没有听懂「${[...ctx.text].slice(0, 20).join('')}」。\n${HELP_TEXT}`] };
  },
};
