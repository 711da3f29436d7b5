#!/usr/bin/env node
// The admin CLI: `npm run -s cli -- <command> …`. (Minimal for now: `plan parse`.)
import { Command } from 'commander';
import { parsePlanFile } from '../plan/index.ts';
import { isUserError } from '../errors.ts';

const program = new Command('duban').description('督办机器人管理命令');

const plan = program.command('plan').description('工作计划：解析、导入、查看');
plan
  .command('parse <file>')
  .description('解析计划文件并预览任务表（不写入）')
  .option('--json', '输出 JSON')
  .action(async (file: string, opts: { json?: boolean }) => {
    const parsed = await parsePlanFile(file);
    if (opts.json) process.stdout.write(JSON.stringify(parsed, null, 2) + '\n');
    else process.stdout.write(`${parsed.title}：${parsed.tasks.length} 项任务\n`);
  });

program.parseAsync().catch((e: unknown) => {
  if (isUserError(e)) console.error(`错误：${e.message}`);
  else console.error(e);
  process.exit(1);
});
