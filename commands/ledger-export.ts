// 「导出台账」: the ledger workbook. Delivered as a file where the channel can carry one (the app), and
// as a short-lived signed link served by the bot itself (the intelligent bot answers in Markdown only).
import type { Command } from '../src/bot/command.ts';
import type { BotReply } from '../src/bot/message.ts';
import { readersOnly } from '../src/admin/chat.ts';
import { later } from '../src/intake/chat-intake.ts';
import { downloadLinks, DOWNLOAD_TTL_MS } from '../src/ledger/download-links.ts';
import { exportLedger } from '../src/ledger/export-ledger.ts';

export const ledgerExportPatterns: RegExp[] = [/^(?:导出|下载|生成)(?:工作)?台账(?:表)?[!。]*$/];

export const ledgerExport: Command = {
  name: 'ledger-export',
  patterns: ledgerExportPatterns,
  async handle(ctx) {
    const refused = readersOnly(ctx, '工作台账');
    if (refused) return refused;
    if (ctx.store.plans().plans.length === 0) return { markdown: ['还没有导入任何计划，台账是空的。'] };
    return later(ctx, '正在生成工作台账，请稍候……', async (): Promise<BotReply> => {
      const file = await exportLedger(ctx.store, ctx.clock);
      const base = ctx.config.publicBaseUrl?.replace(/\/+$/, '');
      const minutes = Math.round(DOWNLOAD_TTL_MS / 60_000);
      const link = base ? `${base}${downloadLinks.put(file.name, file.bytes, ctx.clock().getTime())}` : null;
      const lines = [`**工作台账** 已生成：${file.rows} 行。`];
      if (link) lines.push(`[下载 ${file.name}](${link})（${minutes} 分钟内有效）`);
      else if (ctx.msg.channel !== 'app') lines.push('未配置 DUBAN_PUBLIC_BASE_URL，无法提供下载链接；请在服务器上运行 `npm run -s cli -- ledger export --out 台账.xlsx`。');
      lines.push('修改后把文件发回给我，我会先列出改动，「确认导入」后生效。');
      return { markdown: [lines.join('\n')], ...(ctx.msg.channel === 'app' ? { file: { name: file.name, bytes: file.bytes } } : {}) };
    });
  },
};
