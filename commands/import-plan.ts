// An admin loads a plan from the chat: sends the file (Word, Excel, web page; also an edited ledger
// workbook) in a one-to-one chat, or writes 「导入计划 <网址>」. The answer is the preview; nothing is
// written until 「确认导入」.
import type { Command, CommandContext } from '../src/bot/command.ts';
import type { BotReply } from '../src/bot/message.ts';
import { fitOneMessage } from '../src/intake/fit-message.ts';
import { textReply } from '../src/bot/reply.ts';
import { HELP_TEXT } from './help.ts';
import { adminOnly } from '../src/admin/chat.ts';
import { intakeDeps, later } from '../src/intake/chat-intake.ts';
import { downloadBotFile } from '../src/intake/download-file.ts';
import { fetchPlanPage } from '../src/intake/fetch-page.ts';
import { stageDocument } from '../src/intake/stage-import.ts';

export const importPlanPatterns: RegExp[] = [
  /^导入(?:计划|工作要点|要点|台账)?\s*(?<url>https?:\/\/\S+)$/i,
  /^导入(?:计划|工作要点|要点)\s*(?<bad>.*)$/,
  // File messages carry no text; other text-less messages (images, voice without words) land here too.
  /^(?<empty>)$/,
];

/** The bot's response_url carries one later reply: the preview is fitted into it; the app may send several. */
const previewReply = (ctx: CommandContext, text: string): BotReply =>
  ctx.msg.channel === 'bot' ? { markdown: [fitOneMessage(text, ctx.maxBytes, '导入后可用「单位列表」「导出台账」查看全部')] } : textReply(ctx, text);

export const importPlan: Command = {
  name: 'import-plan',
  patterns: importPlanPatterns,
  async handle(ctx, match) {
    const g = match.groups ?? {};
    const file = ctx.msg.file;
    // Not a file after all: answer as help does.
    if (g.empty !== undefined && !file) return { markdown: [HELP_TEXT] };
    const refused = adminOnly(ctx, '导入计划');
    if (refused) return refused;
    const deps = intakeDeps(ctx);
    if (file) {
      return later(ctx, `收到文件${file.name ? `「${file.name}」` : ''}，正在读取，请稍候……`, async () => {
        const bytes = await downloadBotFile(file, ctx.config.bot?.aesKey ?? null, deps.settings);
        return previewReply(ctx, (await stageDocument(deps, ctx.msg.userId, { name: file.name, bytes })).text);
      });
    }
    if (!g.url) return { markdown: ['请写「导入计划 网址」，网址以 http:// 或 https:// 开头；或者直接把计划文件（Word、Excel）发给我。'] };
    return later(ctx, '正在读取网页，请稍候……', async () => {
      const page = await fetchPlanPage(g.url, deps.settings);
      return previewReply(ctx, (await stageDocument(deps, ctx.msg.userId, page)).text);
    });
  },
};
