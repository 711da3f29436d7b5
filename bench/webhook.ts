// `npm run bench:webhook`: the bot callback under load, against the crypto floor.
//
// A child process serves (1) the real server over a store of 500 tasks × 100 units (50,000 assignments),
// (2) the same server with an instant bot (the transport's own cost), (3) a bench-only route that only
// verifies, decrypts and encrypts (the crypto floor), and a sink for response_url replies. This process
// pre-builds signed, encrypted callbacks (80 % queries, 20 % completion reports, each a distinct message)
// and drives each at a fixed 500 requests/s, then unpaced with autocannon, printing requests/s, p50, p99.
// The unpaced runs alternate (real, transport, floor) three times, and the ratio is the median of the
// three rounds': the floor alone moves ~5 % from one run to the next.
// The paced run uses an open-loop sender with evenly spaced requests and latency counted from each
// request's scheduled time: autocannon's own rate limit fires each second's quota in one burst, which
// measures queueing behind the burst rather than the server.
import { fork, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import Koa from 'koa';
import getRawBody from 'raw-body';
import { createBot } from '../src/bot/bot.ts';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/log.ts';
import { createServer } from '../src/server.ts';
import { buildBotCallback, newMsgId, sendBotText } from '../src/stand-in/callbacks.ts';
import { openStore, type OpenedStore } from '../src/store/index.ts';
import type { Assignment, StoredTask } from '../src/store/schema.ts';
import { botReplyEnvelope, streamReply } from '../src/wecom/bot-payload.ts';
import { openCallback, randomNonce, seal } from '../src/wecom/crypto.ts';

const TASKS = 500;
const UNITS = 100;
const RATE = 500;
const SECONDS = 10;
const ROUNDS = 3;
const KEYS = { token: 'bench-token', aesKey: 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C' };
const unitName = (i: number) => `县测试${String(i).padStart(3, '0')}局`;
const userOf = (i: number) => `liaison${i}`;
const ctx = { actor: 'bench', channel: 'cli' as const, msgId: null };

async function seedStore(store: OpenedStore): Promise<void> {
  await store.updateDirectory(ctx, (d) => {
    d.units = Array.from({ length: UNITS }, (_, i) => ({ name: unitName(i), kind: '部门' as const, aliases: [] }));
    return [];
  });
  const tasks: StoredTask[] = Array.from({ length: TASKS }, (_, t) => ({
    id: `T${t + 1}`, number: t + 1, no: String(t + 1), category: ['基准测试'],
    requirement: `第${t + 1}项要求：按季度公开相关信息并及时更新`, unitsText: '各单位',
    units: [], deadlineText: '2026年12月31日前', deadline: { kind: 'date', date: t % 3 ? '2026-12-31' : '2026-06-30' }, where: `第${t + 1}行`,
  }));
  const assignments: Assignment[] = tasks.flatMap((t) =>
    Array.from({ length: UNITS }, (_, u) => ({ id: `P1/${t.id}/${unitName(u)}`, planId: 'P1', taskId: t.id, unit: unitName(u), role: 'lead' as const, deadline: t.deadline })));
  await store.updatePlans(ctx, (d) => {
    d.plans = [{ id: 'P1', title: '基准计划', year: 2026, sourceName: 'bench', sourceHash: 'bench', importedAt: new Date().toISOString(), status: 'active', tasks, warnings: [] }];
    d.assignments = assignments;
    d.nextTaskNumber = TASKS + 1;
    return [];
  });
  await store.updateState(ctx, (s) => {
    s.bindings = Array.from({ length: UNITS }, (_, u) => ({ userId: userOf(u), unit: unitName(u), since: new Date().toISOString() }));
    return [];
  });
}

/** Child: the real server and the crypto floor, each on its own loopback port. */
async function serve(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'duban-bench-'));
  const store = await openStore(dataDir);
  await seedStore(store);
  const config = loadConfig({ WECOM_BOT_TOKEN: KEYS.token, WECOM_BOT_AES_KEY: KEYS.aesKey });
  const log = createLogger();
  const quiet = { ...log, info: () => {} };
  // Time inside the bot per kind of message (excludes HTTP, crypto and queueing), to show where time goes.
  // Taken during the paced run only: the unpaced run measures the server as it runs, without this timer.
  const bot = createBot({ store, config, clock: () => new Date(), log: quiet });
  const inBot: Record<string, number[]> = {};
  const replyBytes: Record<string, number> = {};
  let timing = false;
  const kindOf = (t: string) => (t.startsWith('完成') ? '完成 N' : t.startsWith('任务') ? '任务N' : t === '进度' ? '进度' : '本单位任务');
  const timed = {
    handle(m: Parameters<typeof bot.handle>[0]) {
      if (!timing) return bot.handle(m);
      const t0 = performance.now();
      return bot.handle(m).then((r) => {
        const kind = kindOf(m.text);
        (inBot[kind] ??= []).push(performance.now() - t0);
        replyBytes[kind] = (replyBytes[kind] ?? 0) + Buffer.byteLength(r.markdown[0] ?? '');
        return r;
      });
    },
  };
  const real = createServer({ config, log: quiet, bot: timed });
  const instant = createServer({ config, log: quiet, bot: { handle: async (m) => ({ markdown: [`收到：${m.text}`] }) } });
  const sink = new Koa().use((c) => {
    c.body = { errcode: 0, errmsg: 'ok' };
  });

  const floor = new Koa();
  const keys = { ...KEYS, receiveId: '' };
  floor.use(async (c) => {
    const body = JSON.parse(await getRawBody(c.req, { limit: 256 * 1024, encoding: 'utf8' })) as { encrypt: string };
    const q = c.query as Record<string, string>;
    const plaintext = openCallback(keys, { signature: q.msg_signature, timestamp: q.timestamp, nonce: q.nonce }, body.encrypt);
    const reply = streamReply('s', JSON.parse(plaintext).text.content);
    c.type = 'application/json';
    c.body = botReplyEnvelope(seal(keys, reply, q.timestamp, randomNonce()));
  });
  const listen = (app: Koa) => new Promise<number>((ok) => { const s = app.listen(0, '127.0.0.1', () => ok((s.address() as AddressInfo).port)); });
  const ports = { real: await listen(real), instant: await listen(instant), floor: await listen(floor), sink: await listen(sink) };
  process.send?.({ ports, assignments: store.plans().assignments.length });
  process.on('message', async (m) => {
    if (m === 'time' || m === 'untime') {
      timing = m === 'time';
      process.send?.('ok');
    }
    if (m === 'stats') {
      const perKind = Object.fromEntries(Object.entries(inBot).map(([k, v]) => {
        v.sort((a, b) => a - b);
        return [k, { n: v.length, p50: +percentile(v, 0.5).toFixed(1), p99: +percentile(v, 0.99).toFixed(1), bytes: Math.round((replyBytes[k] ?? 0) / v.length) }];
      }));
      process.send?.({ writes: store.fileWrites(), reports: store.state().reports.length, perKind });
    }
    if (m === 'stop') {
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
      process.exit(0);
    }
  });
}

let reportCounter = 0;
let responseUrl = 'http://127.0.0.1:9/r';
/** One distinct callback: 80 % queries, 20 % reports of a not-yet-reported (unit, task). */
function nextCallback(i: number): { path: string; body: string } {
  const unit = i % UNITS;
  let text: string;
  if (i % 5 === 4) {
    const n = reportCounter++;
    text = `完成 ${(Math.floor(n / UNITS) % TASKS) + 1}`;
    return build(userOf(n % UNITS), text);
  }
  const kind = i % 4;
  text = kind === 0 ? '我单位还有哪些任务' : kind === 1 ? `任务${(i % TASKS) + 1}` : kind === 2 ? '本单位待办' : '进度';
  return build(userOf(unit), text);
}

function build(user: string, text: string) {
  const cb = buildBotCallback(KEYS, { msgid: newMsgId(), chatid: 'wr_bench', chattype: 'group', from: { userid: user }, msgtype: 'text', text: { content: `@督办机器人 ${text}` }, response_url: responseUrl });
  return { path: `?${new URLSearchParams(cb.query)}`, body: cb.body };
}

interface Run { rps: number; p50: number; p99: number; non2xx: number; errors: number; total: number }

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

function post(agent: Agent, url: URL, r: { path: string; body: string }): Promise<number> {
  return new Promise((ok, fail) => {
    const req = request({ agent, host: url.hostname, port: url.port, method: 'POST', path: url.pathname + r.path, headers: { 'content-type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', () => ok(res.statusCode ?? 0));
    });
    req.on('error', fail);
    req.end(r.body);
  });
}

/** Open loop: request i is due at start + i/rate whatever happened before; latency runs from that moment. */
async function pace(target: string, rate: number, seconds: number): Promise<Run> {
  const url = new URL(target);
  const agent = new Agent({ keepAlive: true, maxSockets: 512 });
  const requests = Array.from({ length: rate * seconds }, (_, i) => nextCallback(i));
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  const start = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < requests.length; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait >= 1) await sleep(wait);
    inFlight.push(post(agent, url, requests[i]).then(
      (status) => { latencies.push(performance.now() - due); if (status !== 200) non2xx++; },
      () => { errors++; },
    ));
  }
  await Promise.all(inFlight);
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { rps: latencies.length / elapsed, p50: Math.round(percentile(latencies, 0.5)), p99: Math.round(percentile(latencies, 0.99)), non2xx, errors, total: requests.length };
}

/** Unpaced: as many requests as autocannon's connections can carry. */
async function drive(url: string, seconds: number): Promise<Run> {
  const count = Math.ceil(4000 * seconds);
  const requests = Array.from({ length: count }, (_, i) => nextCallback(i));
  let k = 0;
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections: 100,
    duration: seconds,
    requests: [{ setupRequest: (req) => { const r = requests[k++ % count]; return { ...req, path: new URL(url).pathname + r.path, body: r.body }; } }],
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors, total: result.requests.total };
}

const line = (name: string, r: Run) =>
  `${name.padEnd(28)} ${r.rps.toFixed(0).padStart(6)} req/s   p50 ${String(r.p50).padStart(4)} ms   p99 ${String(r.p99).padStart(4)} ms   (${r.total} requests, non-2xx ${r.non2xx}, errors ${r.errors})`;

async function main(): Promise<void> {
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), ['--serve'], { execArgv: ['--import', 'tsx'] });
  type Ports = { real: number; instant: number; floor: number; sink: number };
  const ready = await new Promise<{ ports: Ports; assignments: number }>((ok) => child.once('message', ok as never));
  type Stats = { writes: object; reports: number; perKind: Record<string, { n: number; p50: number; p99: number; bytes: number }> };
  const ask = <T>(m: string) => new Promise<T>((ok) => { child.once('message', ok as never); child.send(m); });
  console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at start (numbers below are noisy when it is high)`);
  console.log(`store: ${TASKS} tasks × ${UNITS} units = ${ready.assignments} assignments; load: 80 % queries, 20 % completion reports`);
  responseUrl = `http://127.0.0.1:${ready.ports.sink}/response_url`;
  const real = `http://127.0.0.1:${ready.ports.real}/wecom/bot`;
  const instant = `http://127.0.0.1:${ready.ports.instant}/wecom/bot`;
  const floor = `http://127.0.0.1:${ready.ports.floor}/floor`;
  for (const url of [real, instant, floor]) await pace(url, 200, 2); // warm-up (JIT, caches)
  await ask('time');
  const pacedReal = await pace(real, RATE, SECONDS);
  await ask('untime');
  const paced = { real: pacedReal, instant: await pace(instant, RATE, SECONDS), floor: await pace(floor, RATE, SECONDS) };
  const rounds: Array<Record<'real' | 'instant' | 'floor', Run>> = [];
  for (let r = 0; r < ROUNDS; r++) rounds.push({ real: await drive(real, 5), instant: await drive(instant, 5), floor: await drive(floor, 5) });
  const ratios = rounds.map((r) => r.real.rps / r.floor.rps);
  // The round with the median ratio stands for the unpaced run; all three ratios are printed.
  const open = rounds[ratios.indexOf([...ratios].sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]!)]!;
  const stats = await ask<Stats>('stats');
  // The answers are real ones, not apologies: show what a liaison got under the load's store.
  const sample = await sendBotText({ serverUrl: real.replace('/wecom/bot', ''), bot: KEYS, userId: userOf(7), chatId: 'wr_bench', text: '我单位还有哪些任务' });
  const titles = [`fixed ${RATE} req/s for ${SECONDS} s (open loop, evenly spaced):`, `unpaced for 5 s (autocannon, 100 connections), the median of ${ROUNDS} alternating rounds:`];
  for (const [title, runs] of [[titles[0], paced], [titles[1], open]] as const) {
    console.log(`\n${title}`);
    console.log(line('bot callback (real server)', runs.real));
    console.log(line('transport with instant bot', runs.instant));
    console.log(line('crypto floor', runs.floor));
  }
  console.log(`\nthroughput ratio real/floor: paced ${(paced.real.rps / paced.floor.rps).toFixed(2)}, unpaced ${(open.real.rps / open.floor.rps).toFixed(3)} (target ≥ 0.5; rounds ${ratios.map((r) => r.toFixed(3)).join(', ')}); transport alone/floor unpaced ${(open.instant.rps / open.floor.rps).toFixed(2)}`);
  console.log(`p99 at ${RATE} req/s: real ${paced.real.p99} ms, transport alone ${paced.instant.p99} ms (target < 50 ms)`);
  console.log(`completion reports stored: ${stats.reports}; file writes since open: ${JSON.stringify(stats.writes)}`);
  // Every reply is encrypted, signed and sent at its size; the floor's reply echoes the question.
  const floorBytes = Buffer.byteLength('@督办机器人 我单位还有哪些任务');
  console.log(`time inside the bot per message kind at ${RATE} req/s (ms), and the reply's Markdown (the floor echoes the question: ${floorBytes} bytes at most):`);
  for (const [k, v] of Object.entries(stats.perKind)) console.log(`  ${k.padEnd(8)} n=${v.n}  p50 ${v.p50}  p99 ${v.p99}  reply ${v.bytes} bytes`);
  console.log(`load average at end: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log(`sample answer after the load: ${sample.text.split('\n')[0]}`);
  child.send('stop');
}

if (process.argv.includes('--serve')) void serve();
else main().catch((e) => { console.error(e); process.exit(1); });
