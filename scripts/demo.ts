// `npm run demo`: the product's main job in one run. Imports the sample plan into a fresh data folder,
// starts the real server with the stand-in as WeCom, plays a group conversation through real encrypted
// HTTP (bind, ask, another unit, detail, report, progress) and prints the transcript.
import { sendBotText, type BotCallbackResult } from '../src/stand-in/callbacks.ts';
import { startLocalRig, type LocalRig } from '../src/stand-in/local-rig.ts';
import { createLogger } from '../src/log.ts';

const GROUP = 'wr_gaoqing_gongkai';
const people: Record<string, string> = { lisi: '李四（县司法局联络员）', admin: '张主任（管理员）' };
const UNIT = '县司法局';
let lastMsgId = '';

function printTurn(user: string, text: string, r: BotCallbackResult, later: string[], retry: boolean): void {
  console.log(`\n【${people[user] ?? user}】@督办机器人 ${text}${retry ? '　（企业微信重试同一条消息）' : ''}`);
  console.log(`【督办机器人】${r.status === 200 ? r.text : `（HTTP ${r.status}）`}`);
  for (const part of later) console.log(`【督办机器人·续】${part}`);
}

/** A task number assigned to the unit, so the script works whatever numbers the import gave. */
function taskOf(rig: LocalRig, unit: string): number {
  const { plans, assignments } = rig.store.plans();
  const taskId = assignments.find((a) => a.unit === unit)?.taskId;
  const task = plans.flatMap((p) => p.tasks).find((t) => t.id === taskId) ?? plans[0]?.tasks[0];
  if (!task) throw new Error('the sample plan imported no tasks');
  return task.number;
}

async function say(rig: LocalRig, user: string, text: string, msgId?: string): Promise<void> {
  const responseUrl = rig.standIn.responseUrl();
  const r = await sendBotText({ serverUrl: rig.url, bot: rig.bot, userId: user, chatId: GROUP, text, responseUrl, msgId });
  lastMsgId = r.msgId;
  await rig.app.idle();
  const later = rig.standIn
    .sent(new URL(responseUrl).pathname)
    .map((x) => (x.body as { markdown?: { content?: string } }).markdown?.content ?? JSON.stringify(x.body));
  printTurn(user, text, r, later, msgId !== undefined);
}

async function main(): Promise<void> {
  // Quiet logs: the transcript is the output; warnings and errors still show.
  const base = createLogger();
  const log = { ...base, info: () => {} };
  const rig = await startLocalRig({ admins: ['admin'], log });
  try {
    console.log('督办机器人演示：导入样例计划，启动服务，经本地企业微信模拟器（真实加密 HTTP）进行一段群聊。');
    console.log(`数据目录：${rig.store.dataDir}`);
    console.log(`导入：${rig.imported?.message ?? '（未导入）'}`);
    console.log(`服务地址：${rig.url}　企业微信模拟器：${rig.standIn.url}`);
    const n = taskOf(rig, UNIT);
    const script: [string, string][] = [
      ['lisi', '帮助'],
      ['lisi', `我是司法局的联络员`],
      ['lisi', '我是谁'],
      ['lisi', '我单位还有哪些任务'],
      ['lisi', '卫健局的任务'],
      ['lisi', `任务${n}`],
      ['lisi', `${n}已完成 https://www.gaoqing.gov.cn/zwgk/${n}.html`],
      ['lisi', `完成 ${n}`],
      ['lisi', '进度'],
      ['admin', '逾期'],
    ];
    for (const [user, text] of script) {
      await say(rig, user, text);
      // WeCom resends a callback it got no answer to in time: same message id, same answer, one record.
      if (text.includes('已完成')) await say(rig, user, text, lastMsgId);
    }
    const audit = rig.store.state();
    console.log(`\n——演示结束：绑定 ${audit.bindings.length} 人，完成上报 ${audit.reports.length} 条；` +
      `经 response_url 补发 ${rig.standIn.received.filter((r) => r.path.startsWith("/response_url/")).length} 条。`);
  } finally {
    await rig.close();
  }
}

main().catch((e) => {
  console.error('演示失败：', e);
  process.exit(1);
});
