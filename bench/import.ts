// `npm run bench:import`: how fast plans are parsed and stored. Prints, for each seed copy in
// tests/fixtures/seeds and a synthetic plan 100× the rows of the largest, rows/s and ms per document
// (warm, median of several runs); then store figures: applyImport of 500 tasks × 100 units, and one
// state update (a completion report) beside 50,000 assignments in plans.json.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePlan } from '../src/plan/parse-plan.ts';
import { readPlanBytes } from '../src/plan/read-plan-file.ts';
import { applyImport, previewImport } from '../src/plan/import-plan.ts';
import type { Plan, Task } from '../src/plan/types.ts';
import { openStore } from '../src/store/open-store.ts';

const SEEDS = join(import.meta.dirname, '..', 'tests', 'fixtures', 'seeds');
const ctx = { actor: 'bench', channel: 'cli' as const, msgId: null };

async function median(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

async function parseFigures(name: string, bytes: Uint8Array, runs: number) {
  const parse = () => readPlanBytes(bytes, name).then(parsePlan);
  const rows = (await parse()).tasks.length;
  for (let i = 0; i < 3; i++) await parse(); // warm up the JIT
  const ms = await median(runs, parse);
  console.log(`${name.padEnd(34)} ${String(rows).padStart(6)} 行  ${ms.toFixed(2).padStart(9)} ms  ${Math.round((rows / ms) * 1000).toLocaleString('en').padStart(9)} 行/秒`);
  return { rows, ms };
}

/**
 * A task table in the largest seed's own text layout (one tab-led cell per line, a blank line between
 * rows, merged cells left empty), `rows` rows long, so the ratio to that seed measures growth alone.
 */
function syntheticTable(rows: number): string {
  const units = ['县司法局', '县卫健局、县教体局', '各镇、街道，县直各部门', '县发展改革局牵头，县财政局配合', '县综合执法局'];
  const deadlines = ['2024年年底前', '长期坚持', '信息形成或变更之日起20个工作日内', '按季度', '6月底前'];
  const row = (cells: string[]) => cells.map((c) => `\t${c}`).join('\n') + '\n';
  const out = ['高青县2024年政务公开工作要点（压测）\n\n附件\n\n2024年高青县政务公开重点工作任务分解表\n\n', row(['序号', '工作任务', '工作要求', '责任单位', '时限要求'])];
  for (let i = 1; i <= rows; i++) {
    const first = i % 7 === 1;
    out.push('\n', row([String(i), first ? `第${Math.ceil(i / 7)}类重点工作` : '', `第${i}项：做好政府信息主动公开基本目录的动态调整，及时更新公开内容，确保信息准确。`, units[i % units.length], first ? deadlines[i % deadlines.length] : '']));
  }
  return out.join('');
}

/** 500 tasks each assigned to every one of 100 departments: 50,000 assignments. */
function bigPlan(): Plan {
  const tasks: Task[] = Array.from({ length: 500 }, (_, i) => ({
    id: `T${i + 1}`, no: String(i + 1), category: ['压测'], requirement: `第${i + 1}项压测任务：按要求公开相关信息`,
    unitsText: '县直各部门', units: [{ name: '县直各部门', role: 'member', group: true }],
    deadlineText: '2024年年底前', deadline: { kind: 'date', date: '2024-12-31' }, where: `第${i + 2}行`,
  }));
  return { title: '压测计划', year: 2024, tasks, warnings: [] };
}

async function storeFigures() {
  const dir = mkdtempSync(join(tmpdir(), 'duban-bench-'));
  const store = await openStore(dir);
  await store.updateDirectory(ctx, (d) => {
    for (let i = 1; i <= 100; i++) d.units.push({ name: `县第${i}局`, kind: '部门', aliases: [] });
    return [];
  });
  const plan = bigPlan();
  let t = performance.now();
  const preview = previewImport(store, plan, { name: 'big.txt', bytes: new TextEncoder().encode('big') });
  const previewMs = performance.now() - t;
  t = performance.now();
  await applyImport(store, preview, ctx);
  const applyMs = performance.now() - t;
  const n = store.plans().assignments.length;
  console.log(`\n存储（${n.toLocaleString('en')} 条分配，plans.json ${(statSync(join(dir, 'plans.json')).size / 1e6).toFixed(1)} MB）`);
  console.log(`  previewImport 500任务×100单位   ${previewMs.toFixed(1)} ms`);
  console.log(`  applyImport   500任务×100单位   ${applyMs.toFixed(1)} ms（含备份、写 plans.json、units.json、审计）`);

  const plansMtime = statSync(join(dir, 'plans.json')).mtimeMs;
  const ids = store.plans().assignments.map((a) => a.id);
  let k = 0;
  const report = () => store.updateState({ ...ctx, msgId: `m${k}` }, (s) => {
    const r = { assignmentId: ids[k++], status: 'done' as const, evidence: null, reportedBy: 'bench', reportedAt: new Date().toISOString() };
    s.reports.push(r);
    s.processed.push({ key: `bot:m${k}`, reply: '已记录：任务完成。'.repeat(20), at: new Date().toISOString() });
    return [{ action: 'report.done', before: null, after: r }];
  });
  const one = await median(21, report);
  console.log(`  一次 updateState（一条完成报送）  ${one.toFixed(2)} ms（中位数，顺序 21 次）`);
  const writesBefore = store.fileWrites().state;
  t = performance.now();
  await Promise.all(Array.from({ length: 500 }, report));
  const burst = performance.now() - t;
  console.log(`  500 条并发报送                    ${burst.toFixed(1)} ms，合并为 ${store.fileWrites().state - writesBefore} 次 state.json 写入`);
  for (let i = 0; i < 300; i++) await Promise.all(Array.from({ length: 10 }, report));
  const full = await median(21, report);
  console.log(`  报送 ${store.state().reports.length.toLocaleString('en')} 条、processed ${store.state().processed.length} 条时的一次 updateState  ${full.toFixed(2)} ms`);
  console.log(`  plans.json 是否被报送改写：${statSync(join(dir, 'plans.json')).mtimeMs === plansMtime && store.fileWrites().plans === 1 ? '否' : '是（错误）'}`);
  await store.close();
}

console.log('解析（热身后，取中位数）');
const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const results = [];
for (const f of seeds) results.push(await parseFigures(f, new Uint8Array(readFileSync(join(SEEDS, f))), 15));
const largest = results.reduce((a, b) => (b.rows > a.rows ? b : a));
const synthetic = await parseFigures(`synthetic-100x.txt`, new TextEncoder().encode(syntheticTable(largest.rows * 100)), 5);
const ratio = synthetic.ms / largest.ms;
console.log(`\n最大种子 ${largest.rows} 行：${largest.ms.toFixed(2)} ms（目标 < 50 ms）${largest.ms < 50 ? '达标' : '未达标'}`);
console.log(`合成 ${synthetic.rows} 行（${(synthetic.rows / largest.rows).toFixed(0)}×）：耗时为最大种子的 ${ratio.toFixed(1)} 倍（目标 < 120 倍）${ratio < 120 ? '达标' : '未达标'}`);
await storeFigures();
