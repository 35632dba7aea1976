import { nextFlushDelay } from './nextFlushDelay.ts';

export interface ThrottledWriterOptions<T> {
  intervalMs: number;
  /** Persists the latest value. Never called concurrently. */
  write: (value: T) => Promise<void>;
  /** An intermediate write that fails is reported here and superseded by later writes; the final write throws. */
  onWriteError?: (error: unknown) => void;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export interface ThrottledWriter<T> {
  /** Offers the newest value; it is written now or at the next allowed moment, older values are skipped. */
  offer(value: T): void;
  /**
   * Stops throttling, waits for any write in flight, then writes `value` as the final write, through
   * `write` when given (e.g. a transaction that settles more with it).
   */
  finish(value: T, write?: (value: T) => Promise<void>): Promise<void>;
  /** Number of writes started so far, the final one included. */
  readonly writes: number;
}

/**
 * Coalesces a fast stream of values into spaced writes (DESIGN invariant 1): first value at once,
 * then at most one write per interval, then exactly one final write.
 */
export function createThrottledWriter<T>(options: ThrottledWriterOptions<T>): ThrottledWriter<T> {
  const now = options.now ?? Date.now;
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));

  let latest: { value: T } | null = null;
  let inFlight: Promise<void> | null = null;
  let timer: unknown = null;
  let lastWriteDoneAt: number | null = null;
  let finished = false;
  let writes = 0;

  const startWrite = (value: T) => {
    writes += 1;
    inFlight = options
      .write(value)
      .catch((error: unknown) => options.onWriteError?.(error))
      .finally(() => {
        lastWriteDoneAt = now();
        inFlight = null;
        schedule();
      });
  };

  const schedule = () => {
    if (finished || inFlight || timer !== null || latest === null) return;
    const delay = nextFlushDelay({ now: now(), lastWriteDoneAt, intervalMs: options.intervalMs });
    const flush = () => {
      timer = null;
      if (finished || latest === null) return;
      const { value } = latest;
      latest = null;
      startWrite(value);
    };
    if (delay === 0) flush();
    else timer = setTimer(flush, delay);
  };

  return {
    offer(value) {
      if (finished) return;
      latest = { value };
      schedule();
    },
    async finish(value, write = options.write) {
      finished = true;
      if (timer !== null) clearTimer(timer);
      timer = null;
      latest = null;
      while (inFlight) await inFlight;
      writes += 1;
      await write(value);
    },
    get writes() {
      return writes;
    },
  };
}
