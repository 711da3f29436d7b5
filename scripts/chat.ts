// `npm run chat -- --user <id>`: talk to the bot interactively through the same real path as WeCom:
// every line is signed, encrypted and posted to the real server; the reply is decrypted and printed.
// Starts with the sample plan in a fresh folder, or uses --data <folder> as it is.
import { createInterface } from 'node:readline/promises';
import { Command } from 'commander';
import { createLogger } from '../src/log.ts';
import { sendAppText, sendBotText } from '../src/stand-in/callbacks.ts';
import { startLocalRig, type LocalRig } from '../src/stand-in/local-rig.ts';

interface Options {
  user: string;
  group?: string;
  app?: boolean;
  data?: string;
  admin: string[];
}

const program = new Command()
  .name('npm run chat --')
  .description('通过本地企业微信模拟器与督办机器人对话（真实加密 HTTP）')
  .requiredOption('--user <id>', '以哪个企业微信用户 id 发言')
  .option('--group <chatid>', '在群聊中发言（默认单聊）')
  .option('--app', '走自建应用通道（默认智能机器人）')
  .option('--data <dir>', '使用已有数据目录（默认新建临时目录并导入样例计划）')
  .option('--admin <id...>', '管理员用户 id', ['admin'])
  .addHelpText('after', '\n对话中输入 /user <id> 切换发言人，/quit 退出。');

async function ask(rig: LocalRig, o: Options, user: string, text: string): Promise<string[]> {
  if (o.app) {
    const before = rig.standIn.sent('/cgi-bin/message/send').length;
    const r = await sendAppText({ serverUrl: rig.url, app: rig.appKeys, userId: user, text });
    await rig.app.idle();
    const later = rig.standIn.sent('/cgi-bin/message/send').slice(before);
    return [r.text, ...later.map((x) => (x.body as { markdown?: { content?: string } }).markdown?.content ?? '')];
  }
  const responseUrl = rig.standIn.responseUrl();
  const r = await sendBotText({ serverUrl: rig.url, bot: rig.bot, userId: user, chatId: o.group, text, responseUrl });
  await rig.app.idle();
  const later = rig.standIn.sent(new URL(responseUrl).pathname).map((x) => (x.body as { markdown?: { content?: string } }).markdown?.content ?? '');
  return [r.status === 200 ? r.text : `（HTTP ${r.status}）`, ...later];
}

async function main(): Promise<void> {
  const o = program.parse().opts<Options>();
  const base = createLogger();
  const rig = await startLocalRig({ dataDir: o.data, planFile: o.data ? null : undefined, admins: o.admin, log: { ...base, info: () => {} } });
  console.log(`数据目录：${rig.store.dataDir}${rig.imported ? `\n${rig.imported.message}` : ''}`);
  console.log(`以 ${o.user} 身份${o.group ? `在群 ${o.group} 中` : '单聊'}发言（/user <id> 切换，/quit 退出）。`);
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  let user = o.user;
  rl.setPrompt(`${user}> `);
  rl.prompt();
  try {
    // The async iterator buffers lines, so piped input (a script of lines) works as well as typing.
    for await (const raw of rl) {
      const line = raw.trim();
      if (line === '/quit' || line === '/exit') break;
      if (line.startsWith('/user ')) user = line.slice(6).trim() || user;
      else if (line) for (const part of await ask(rig, o, user, line)) console.log(`督办机器人> ${part}\n`);
      rl.setPrompt(`${user}> `);
      rl.prompt();
    }
  } finally {
    rl.close();
    await rig.close();
  }
}

main().catch((e) => {
  console.error('对话失败：', e);
  process.exit(1);
});
