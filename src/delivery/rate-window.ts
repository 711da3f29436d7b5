// WeCom accepts at most 20 messages per minute per webhook and then refuses for a while. A sliding
// window over the last sends says how long to wait before the next one may go.

export interface RateWindow {
  /** Milliseconds to wait at `now` before another send is allowed (0 when one may go now). */
  waitMs(now: number): number;
  record(now: number): void;
}

/** A small margin past the window, so clock rounding on either side never lets a 21st through. */
const MARGIN_MS = 100;

export function rateWindow(limit = 20, windowMs = 60_000): RateWindow {
  const sent: number[] = [];
  const prune = (now: number) => {
    while (sent.length && sent[0]! <= now - windowMs - MARGIN_MS) sent.shift();
  };
  return {
    waitMs(now) {
      prune(now);
      if (sent.length < limit) return 0;
      return sent[sent.length - limit]! + windowMs + MARGIN_MS - now;
    },
    record(now) {
      sent.push(now);
    },
  };
}
