#!/usr/bin/env node
// The admin CLI: `npm run -s cli -- <command> …`. Each area registers its subcommands from its own
// module with one line in registerCommands; help, error wording and exit codes are handled here once:
// a UserError prints 「错误：…」 and exits 1, anything unexpected prints a short message and exits 2.
import { realpathSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { readEnv } from '../config.ts';
import { isUserError } from '../errors.ts';
import { registerPlanCommands } from './plan.ts';
import { registerReportCommands } from './report.ts';
import { registerLedgerCommands } from './ledger.ts';
import { registerUnitCommands } from './units.ts';

/** Where a command reads and writes, so tests can run the CLI in-process. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  /** True when a person can answer questions (stdin and stdout are terminals). */
  interactive: boolean;
  ask(question: string): Promise<string>;
}

export function registerCommands(program: Command, io: CliIo): void {
  registerPlanCommands(program, io);
  registerReportCommands(program, io);
  registerLedgerCommands(program, io);
  registerUnitCommands(program, io);
}

const TITLES: Record<string, string> = {
  'Usage:': '用法：', 'Arguments:': '参数：', 'Options:': '选项：', 'Commands:': '命令：', 'Global Options:': '全局选项：',
};

// Commander's own messages (a missing argument, an unknown command) in the admin's language.
const COMMANDER_ERRORS: [RegExp, (...m: string[]) => string][] = [
  [/missing required argument '(.+)'/, (a) => `缺少参数 ${a}`],
  [/unknown command '(.+)'/, (c) => `没有这个命令：${c}`],
  [/unknown option '(.+)'/, (o) => `没有这个选项：${o}`],
  [/too many arguments(?: for '(.+)')?/, (c) => `参数太多${c ? `（${c}）` : ''}`],
  [/option '(.+)' argument missing/, (o) => `选项 ${o} 缺少取值`],
];

function translate(message: string): string {
  const hint = /Did you mean (.+)\?/.exec(message)?.[1];
  for (const [re, say] of COMMANDER_ERRORS) {
    const m = re.exec(message);
    if (m) return `错误：${say(...m.slice(1))}。${hint ? `是不是要用 ${hint}？` : ''}用 --help 查看用法。\n`;
  }
  return message;
}

const localUsage = (s: string) => s.replace('[options]', '[选项]').replace('[command]', '[命令]');

// Chinese characters take two columns in a terminal; help columns line up only if counted so.
const displayWidth = (s: string) => [...s.replace(/\x1b\[[0-9;]*m/g, '')].reduce((n, c) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1), 0);

export function buildProgram(io: CliIo): Command {
  const program = new Command('duban')
    .description('督办机器人管理命令（数据目录：环境变量 DUBAN_DATA_DIR，默认 ./data）')
    .helpOption('-h, --help', '显示帮助')
    .helpCommand('help [命令]', '显示某个命令的帮助')
    .configureHelp({ styleTitle: (t) => TITLES[t] ?? t, styleUsage: localUsage, styleSubcommandTerm: localUsage, displayWidth })
    .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: (s, write) => write(translate(s)) })
    .exitOverride();
  registerCommands(program, io);
  return program;
}

/** Runs one command line (without node and script) and returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    await buildProgram(io).parseAsync(argv, { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    if (isUserError(e)) {
      io.err(`错误：${e.message}\n`);
      return 1;
    }
    io.err(`内部错误：${e instanceof Error ? e.message : String(e)}。请把这条信息和所用命令发给维护人员。\n`);
    if (io.env.DUBAN_DEBUG) io.err(`${(e as Error)?.stack ?? ''}\n`);
    return 2;
  }
}

export const processIo: CliIo = {
  out: (t) => void process.stdout.write(t),
  err: (t) => void process.stderr.write(t),
  env: process.env,
  interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
  ask: async (question) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    try {
      return await rl.question(question);
    } finally {
      rl.close();
    }
  },
};

const isMain = process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
// Settings come from the environment over ./.env, as for the server, so both use the same data folder.
if (isMain) process.exitCode = await runCli(process.argv.slice(2), { ...processIo, env: readEnv() });
