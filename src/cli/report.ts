// `report weekly|remind`: the pushes leaders and liaisons get, on demand. With --dry-run nothing is
// sent: the summary (or reminder) is printed message by message and the charts are written as PNG, so
// an admin can see exactly what a group would receive. Without it, the push goes out now through the
// configured group webhooks (not counted as the scheduled run).
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { loadConfig, readEnv } from '../config.ts';
import { adminNotifier } from '../delivery/admin-notifier.ts';
import { createDelivery } from '../delivery/index.ts';
import type { Outgoing } from '../delivery/webhook-sender.ts';
import { UserError } from '../errors.ts';
import { createLogger } from '../log.ts';
import { buildWeeklySummary } from '../report/weekly-summary.ts';
import { reminderMessage } from '../schedule/reminder-job.ts';
import { weeklySummaryMessages } from '../schedule/weekly-job.ts';
import { dataDirFromEnv, openStore } from '../store/open-store.ts';
import type { Store } from '../store/store.ts';
import { chinaDate, chinaInstant } from '../time/china.ts';
import { createWecomApi } from '../wecom/api-client.ts';
import type { CliIo } from './main.ts';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** --at 「2026-11-23 09:00」 (China time) or now. */
function parseAt(at: string | undefined): Date {
  if (!at) return new Date();
  const m = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}))?$/.exec(at.trim());
  if (!m) throw new UserError(`--at 的格式应为「YYYY-MM-DD」或「YYYY-MM-DD HH:mm」（北京时间），收到：${at}`);
  return chinaInstant(m[1]!, m[2] ?? '09:00');
}

export function registerReportCommands(program: Command, io: CliIo): void {
  const report = program.command('report').description('进度推送：领导周报、每日督办提醒');
  const open = () => openStore(dataDirFromEnv(io.env), { create: false });

  report.command('weekly')
    .description('生成领导周报（Markdown 文本 + 各单位完成率图表）并推送到领导群')
    .option('--dry-run', '不发送：打印周报，把图表 PNG 和 Markdown 写到 --out 目录')
    .option('--out <目录>', '--dry-run 时写文件的目录', '.')
    .option('--at <时间>', '按这个北京时间生成，如 "2026-11-23 09:00"（默认现在）')
    .action(async (opts: { dryRun?: boolean; out: string; at?: string }) => {
      const store = await open();
      const now = parseAt(opts.at);
      if (opts.dryRun) return printWeekly(io, store, now, resolve(opts.out));
      const config = loadConfig({ ...readEnv(), ...io.env });
      if (!config.webhooks.leaders.length) throw new UserError('没有配置领导群的群机器人（WECOM_WEBHOOK_LEADERS），无法推送。可先用 --dry-run 查看内容。');
      await pushNow(io, store, config, weeklySummaryMessages(store, now), config.webhooks.leaders);
    });

  report.command('remind')
    .description('生成今天的督办提醒并推送到联络员群')
    .option('--dry-run', '不发送：只打印提醒内容和要 @ 的联络员')
    .option('--days <天数>', '提醒多少天内到期的任务（默认取配置 DUBAN_REMINDER_DAYS）')
    .option('--at <时间>', '按这个北京时间生成（默认现在）')
    .action(async (opts: { dryRun?: boolean; days?: string; at?: string }) => {
      const store = await open();
      const now = parseAt(opts.at);
      const days = opts.days !== undefined ? Number(opts.days) : opts.dryRun ? 3 : loadConfig({ ...readEnv(), ...io.env }).schedule.reminderDays;
      if (!Number.isInteger(days) || days < 0) throw new UserError(`--days 应为不小于 0 的整数，收到：${opts.days}`);
      const message = reminderMessage(store, chinaDate(now), days);
      if (!message) return io.out(`${chinaDate(now)} 没有逾期或 ${days} 天内到期的任务，不需要提醒。\n`);
      if (message.message.msgtype !== 'text') return;
      if (opts.dryRun) {
        const { content, mentioned_list } = message.message.text;
        return io.out(`${content}\n\n（@：${mentioned_list?.join('、') || '没有已绑定的联络员'}；${bytes(content)} 字节）\n`);
      }
      const config = loadConfig({ ...readEnv(), ...io.env });
      if (!config.webhooks.liaisons) throw new UserError('没有配置联络员群的群机器人（WECOM_WEBHOOK_LIAISONS），无法推送。可先用 --dry-run 查看内容。');
      await pushNow(io, store, config, [message], [config.webhooks.liaisons]);
    });
}

async function printWeekly(io: CliIo, store: Store, now: Date, outDir: string): Promise<void> {
  const summary = buildWeeklySummary({ plans: store.plans(), state: store.state() }, now);
  const n = summary.parts.length;
  summary.parts.forEach((part, i) => io.out(`${n > 1 ? `—— 第 ${i + 1}/${n} 条（${bytes(part)} 字节）——\n` : ''}${part}\n\n`));
  await mkdir(outDir, { recursive: true });
  const date = chinaDate(now);
  const mdPath = join(outDir, `周报-${date}.md`);
  await writeFile(mdPath, summary.markdown + '\n');
  const written = [mdPath];
  for (const c of summary.charts) {
    const path = join(outDir, `周报-${date}-${c.planId}.png`);
    await writeFile(path, c.png);
    written.push(path);
  }
  io.out(`（演练，未发送。共 ${n} 条文本消息、${summary.charts.length} 张图表；已写出：${written.join('、')}）\n`);
}

async function pushNow(io: CliIo, store: Store, config: ReturnType<typeof loadConfig>, messages: Outgoing[], webhooks: string[]): Promise<void> {
  const log = createLogger((line) => io.err(line + '\n'));
  const clock = () => new Date();
  const api = config.app ? createWecomApi({ apiBase: config.apiBase, app: config.app, botAesKey: null, clock }) : null;
  const sender = createDelivery({ config, store, log, clock, notifyAdmins: adminNotifier(config, api) });
  let failed = 0;
  for (const webhook of webhooks) failed += (await sender.send(webhook, messages)).filter((o) => !o.ok).length;
  await store.close();
  if (failed) throw new UserError(`有 ${failed} 条消息最终发送失败，详情见上面的日志和审计记录。`);
  io.out(`已推送 ${messages.length} 条消息到 ${webhooks.length} 个群。\n`);
}
