// Child process for the journal crash test: records completion reports in groups of 10 as fast as it
// can, printing each report's id once its update resolved (confirmed), until it is killed. A small
// compaction threshold makes the kill land in snapshots and journal truncation too.
import { openStore } from '../../src/store/open-store.ts';

const store = await openStore(process.argv[2], { compactAt: { lines: 7, bytes: 1 << 20 } });
for (let n = 0; ; n += 10) {
  const ids = Array.from({ length: 10 }, (_, i) => `P1/T${n + i}/县司法局`);
  await Promise.all(ids.map((id) => store.updateState({ actor: 'zhangsan', channel: 'bot', msgId: id }, (s) => {
    s.reports.push({ assignmentId: id, status: 'done', evidence: 'https://gov.cn/'.padEnd(300, 'x'), reportedBy: 'zhangsan', reportedAt: new Date().toISOString() });
    s.processed.push({ key: `bot:${id}`, reply: '已记录完成', at: new Date().toISOString() });
    return [{ action: 'report.done', before: null, after: id }];
  }).then(() => process.stdout.write(`${id}\n`))));
}
