// Child process for the two-processes test: stores `count` completion reports tagged `tag`, each its
// own write, and folds the journal into state.json every few writes (as a CLI import's backup does).
import { openStore } from '../../src/store/open-store.ts';
import { edit } from '../../src/store/working-copy.ts';

const [dir, tag, count] = [process.argv[2]!, process.argv[3]!, Number(process.argv[4])];
const store = await openStore(dir, { compactAt: { lines: 5, bytes: 1 << 20 } });
const ctx = { actor: tag, channel: 'cli' as const, msgId: null };
for (let i = 0; i < count; i++) {
  const report = { assignmentId: `${tag}-${i}`, status: 'done' as const, evidence: null, reportedBy: tag, reportedAt: new Date().toISOString() };
  await store.updateState(ctx, (s) => {
    edit(s, 'reports').push(report);
    return [{ action: 'report.done', before: null, after: report }];
  });
  if (i % 10 === 9) await store.backup();
}
await store.close();
