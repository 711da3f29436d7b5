// Runs jobs on cron schedules in China time (croner), exactly once per period. Every trigger, the cron
// firing as well as start-up, goes through `runDue`: find the latest scheduled time up to now; if it
// is today (China date), the day is one the job runs on, and its key is not in state.runs, run and
// record it. So a run missed while the server was down is made up at start-up the same day, a
// restart never repeats one, and tests drive everything through an injected clock without waiting.
import { Cron } from 'croner';
import type { Logger } from '../log.ts';
import type { Store } from '../store/store.ts';
import { CHINA_TZ, chinaDate, type Clock } from '../time/china.ts';
import { hasRun, recordRun } from './run-record.ts';

export interface RunContext {
  /** The scheduled time this run stands for. */
  at: Date;
  key: string;
  /** Runs `fn` unless step `name` of this run is already recorded, then records it. */
  step(name: string, fn: () => Promise<void>): Promise<void>;
}

export interface Job {
  name: string;
  /** Cron expression read in China time. */
  pattern: string;
  /** The key of the period a scheduled time belongs to, e.g. 'weekly:2026-W48'. */
  key(at: Date): string;
  /** Whether the job runs on a China date at all (reminders: working days only). */
  runsOn?(date: string): boolean;
  run(ctx: RunContext): Promise<void>;
}

export type RunOutcome = 'ran' | 'not-due' | 'day-off' | 'already-done' | 'in-progress' | 'failed';

export interface Scheduler {
  readonly jobs: Job[];
  runDue(job: Job): Promise<RunOutcome>;
  /** At start-up: make up today's runs that were missed. */
  catchUp(): Promise<Record<string, RunOutcome>>;
  /** Starts the cron timers (production). */
  start(): void;
  stop(): void;
  nextRun(job: Job): Date | null;
}

export interface SchedulerDeps {
  store: Store;
  clock: Clock;
  log: Logger;
  jobs: Job[];
  /** Told when a run throws (nothing recorded: a restart later the same day makes it up). */
  onRunFailed?: (job: Job, key: string, error: Error) => Promise<void>;
}

const cronOf = (pattern: string) => new Cron(pattern, { timezone: CHINA_TZ, paused: true });

/** The latest time the pattern fired at or before `now`. */
export function lastScheduled(pattern: string, now: Date): Date | null {
  // previousRuns looks strictly before its reference; a run firing at exactly `now` counts as due.
  return cronOf(pattern).previousRuns(1, new Date(now.getTime() + 1))[0] ?? null;
}

export function createScheduler({ store, clock, log, jobs, onRunFailed }: SchedulerDeps): Scheduler {
  const inFlight = new Set<string>();
  let timers: Cron[] = [];

  async function runDue(job: Job): Promise<RunOutcome> {
    const now = clock();
    const at = lastScheduled(job.pattern, now);
    if (!at || chinaDate(at) !== chinaDate(now)) return 'not-due';
    if (job.runsOn && !job.runsOn(chinaDate(at))) return 'day-off';
    const key = job.key(at);
    if (hasRun(store.state(), key)) return 'already-done';
    if (inFlight.has(key)) return 'in-progress';
    inFlight.add(key);
    try {
      const step = async (name: string, fn: () => Promise<void>) => {
        const stepKey = `${key}/${name}`;
        if (hasRun(store.state(), stepKey)) return;
        await fn();
        await recordRun(store, stepKey, clock());
      };
      await job.run({ at, key, step });
      await recordRun(store, key, clock());
      log.info('scheduled run done', { job: job.name, runKey: key });
      return 'ran';
    } catch (e) {
      log.error('scheduled run failed', { job: job.name, runKey: key, error: e as Error });
      await onRunFailed?.(job, key, e as Error).catch((n: unknown) => log.error('could not report a failed run', { runKey: key, error: n as Error }));
      return 'failed';
    } finally {
      inFlight.delete(key);
    }
  }

  return {
    jobs,
    runDue,
    async catchUp() {
      const out: Record<string, RunOutcome> = {};
      for (const job of jobs) out[job.name] = await runDue(job);
      return out;
    },
    start() {
      timers = jobs.map((job) => new Cron(job.pattern, { timezone: CHINA_TZ, protect: true }, () => void runDue(job)));
    },
    stop() {
      for (const t of timers) t.stop();
      timers = [];
    },
    nextRun: (job) => cronOf(job.pattern).nextRun(clock()),
  };
}
