// Time as the delivery queue sees it. Production waits for real; tests pass a fake whose sleep just
// moves the clock forward, so pacing and backoff are checked without waiting.
import type { Clock } from '../time/china.ts';

export interface Timers {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realTimers = (clock: Clock = () => new Date()): Timers => ({
  now: () => clock().getTime(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
});

/** A clock that only moves when someone sleeps: for tests and dry runs. */
export function fakeTimers(start: Date): Timers & { clock: Clock; advance(ms: number): void } {
  let t = start.getTime();
  return {
    now: () => t,
    sleep: async (ms) => {
      t += Math.max(0, ms);
    },
    advance: (ms) => {
      t += ms;
    },
    clock: () => new Date(t),
  };
}
