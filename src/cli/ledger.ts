// `ledger export --out 台账.xlsx` and `ledger import <file> [--yes]`: the same ledger modules the chat
// uses. An import shows exactly what will change and writes only after confirmation.
import { readFile, stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../errors.ts';
import { applyLedgerDiff } from '../ledger/apply-diff.ts';
import { exportLedger } from '../ledger/export-ledger.ts';
import { diffLedger, isEmptyDiff } from '../ledger/ledger-diff.ts';
import { readLedgerWorkbook } from '../ledger/read-workbook.ts';
import { renderLedgerDiff } from '../ledger/render-diff.ts';
import { INTAKE_DEFAULTS } from '../intake/intake-settings.ts';
import { dataDirFromEnv, openStore } from '../store/open-store.ts';
import { systemClock } from '../time/china.ts';
import type { CliIo } from './main.ts';

async function readWorkbookFile(file: string): Promise<Uint8Array> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new UserError(`找不到文件：${file}`);
  if (info.size > INTAKE_DEFAULTS.maxBytes) throw new UserError(`文件超过 ${INTAKE_DEFAULTS.maxBytes / 1024 / 1024}MB，不像是工作台账。`);
  return new Uint8Array(await readFile(file));
}

export function registerLedgerCommands(program: Command, io: CliIo): void {
  const ledger = program.command('ledger').description('工作台账：导出 Excel，导入修改后的台账');
  const open = () => openStore(dataDirFromEnv(io.env));

  ledger.command('export')
    .description('导出工作台账（每个计划一个工作表，另附按单位汇总）')
    .option('-o, --out <file>', '输出文件，默认 工作台账-日期.xlsx')
    .action(async (opts: { out?: string }) => {
      const store = await openStore(dataDirFromEnv(io.env), { create: false });
      try {
        const file = await exportLedger(store, systemClock);
        const out = resolve(opts.out ?? file.name);
        await writeFile(out, file.bytes);
        io.out(`已导出 ${file.rows} 行到 ${out}\n`);
      } finally {
        await store.close();
      }
    });

  ledger.command('import <file>')
    .description('导入修改后的台账：先列出改动，确认后写入（导入前自动备份，保留仍适用的完成记录）')
    .option('-y, --yes', '不再询问，直接导入（用于脚本）')
    .action(async (file: string, opts: { yes?: boolean }) => {
      const sheets = await readLedgerWorkbook(await readWorkbookFile(file));
      const store = await open();
      try {
        const diff = diffLedger(store.plans(), store.state(), store.directory(), sheets);
        io.out(renderLedgerDiff(diff) + '\n');
        if (isEmptyDiff(diff)) return;
        if (!opts.yes) {
          if (!io.interactive) throw new UserError('没有确认导入：当前不是交互终端，无法询问。确认改动无误后，请加 --yes 重新运行。');
          const answer = (await io.ask('确认导入？(y/N) ')).trim().toLowerCase();
          if (answer !== 'y' && answer !== 'yes') return io.out('已取消，数据没有任何改动。\n');
        }
        const r = await applyLedgerDiff(store, diff, { actor: io.env.USER ?? 'cli', channel: 'cli', msgId: null });
        io.out(`已导入：修改 ${diff.edits.length} 项，新增 ${diff.added.length} 项，删除 ${diff.removed.length} 项；备份在 ${r.backupDir}\n`);
      } finally {
        await store.close();
      }
    });
}
