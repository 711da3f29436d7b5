// Child process for the crash test: rewrites a large plans.json as fast as it can until it is killed.
import { openStore } from '../../src/store/open-store.ts';

const store = await openStore(process.argv[2]);
const ctx = { actor: 'crash', channel: 'system' as const, msgId: null };
for (let round = 1; ; round++) {
  await store.updatePlans(ctx, (p) => {
    p.nextTaskNumber = round;
    p.assignments = Array.from({ length: 20_000 }, (_, i) => ({
      id: `P1/T${i}/单位${round}`, planId: 'P1', taskId: `T${i}`, unit: `单位${round}`, role: 'member' as const, deadline: { kind: 'none' as const },
    }));
    return [];
  });
  if (round === 2) process.stdout.write('writing\n');
}
