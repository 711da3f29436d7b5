// The whole product on loopback, as the demo runs it: sample plan imported, real server, real bot and
// store, WeCom played by the stand-in. Includes a restart between a completion report and WeCom's retry.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../src/log.ts';
import { sendAppText, sendBotText } from '../../src/stand-in/callbacks.ts';
import { startLocalRig, type LocalRig } from '../../src/stand-in/local-rig.ts';

let rig: LocalRig | null = null;
let dir: string | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = null;
});

const say = (r: LocalRig, userId: string, text: string, msgId?: string) =>
  sendBotText({ serverUrl: r.url, bot: r.bot, userId, chatId: 'wr_group', text, msgId });

const taskOf = (r: LocalRig, unit: string): number => {
  const { plans, assignments } = r.store.plans();
  const taskId = assignments.find((a) => a.unit === unit)!.taskId;
  return plans[0].tasks.find((t) => t.id === taskId)!.number;
};

describe('local rig (the demo path)', () => {
  it('imports the sample plan and answers a liaison through both channels', async () => {
    rig = await startLocalRig({ log: memoryLogger() });
    expect(rig.imported?.tasks).toBeGreaterThan(100);
    expect((await say(rig, 'lisi', '我是司法局的联络员')).text).toContain('县司法局');
    expect((await say(rig, 'lisi', '我单位还有哪些任务')).text).toContain('县司法局');
    const app = await sendAppText({ serverUrl: rig.url, app: rig.appKeys, userId: 'lisi', text: '我是谁' });
    expect(app.text).toContain('县司法局');
  });

  it('a report confirmed before a restart is not recorded twice when WeCom retries after it', async () => {
    dir = await mkdtemp(join(tmpdir(), 'duban-restart-'));
    rig = await startLocalRig({ dataDir: dir, log: memoryLogger() });
    await say(rig, 'lisi', '绑定 县司法局');
    const n = taskOf(rig, '县司法局');
    const first = await say(rig, 'lisi', `完成 ${n} https://www.gaoqing.gov.cn/x.html`, 'MSG-REPORT-1');
    await rig.close();

    rig = await startLocalRig({ dataDir: dir, planFile: null, log: memoryLogger() });
    const retry = await say(rig, 'lisi', `完成 ${n} https://www.gaoqing.gov.cn/x.html`, 'MSG-REPORT-1');
    expect(retry.text).toBe(first.text);
    expect(rig.store.state().reports.filter((r) => r.status === 'done')).toHaveLength(1);
    const audit = (await readFile(join(dir, 'audit.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(audit.filter((e) => e.msgId === 'MSG-REPORT-1')).toHaveLength(1);
  });
});
