import { describe, expect, it } from 'vitest';
import { createThrottledWriter } from './createThrottledWriter.ts';

/** A pinned clock with timers that fire only when the test advances time. */
function manualClock() {
  let now = 0;
  let timers: Array<{ at: number; fn: () => void; id: number }> = [];
  let nextId = 1;
  const flushMicrotasks = async () => {
    for (let i = 0; i < 10; i += 1) await Promise.resolve();
  };
  return {
    now: () => now,
    setTimer: (fn: () => void, ms: number) => {
      const id = nextId++;
      timers.push({ at: now + ms, fn, id });
      return id;
    },
    clearTimer: (id: unknown) => {
      timers = timers.filter((timer) => timer.id !== id);
    },
    async advance(ms: number) {
      const until = now + ms;
      await flushMicrotasks();
      for (;;) {
        const due = timers.filter((timer) => timer.at <= until).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        timers = timers.filter((timer) => timer !== due);
        now = due.at;
        due.fn();
        await flushMicrotasks();
      }
      now = until;
      await flushMicrotasks();
    },
  };
}

function recordingWriter(clock: ReturnType<typeof manualClock>, intervalMs = 500) {
  const writes: Array<{ at: number; value: string }> = [];
  const writer = createThrottledWriter<string>({
    intervalMs,
    write: async (value) => {
      writes.push({ at: clock.now(), value });
    },
    now: clock.now,
    setTimer: clock.setTimer,
    clearTimer: clock.clearTimer,
  });
  return { writer, writes };
}

describe('createThrottledWriter', () => {
  it('writes the first value at once', async () => {
    const clock = manualClock();
    const { writer, writes } = recordingWriter(clock);
    writer.offer('H');
    await clock.advance(0);
    expect(writes).toEqual([{ at: 0, value: 'H' }]);
  });

  it('then writes at most once per interval, always the newest value', async () => {
    const clock = manualClock();
    const { writer, writes } = recordingWriter(clock);
    let text = '';
    // 200 tokens, one every 15 ms: 3 seconds of streaming.
    for (let token = 0; token < 200; token += 1) {
      text += 'x';
      writer.offer(text);
      await clock.advance(15);
    }
    await writer.finish(`${text}!`);

    const gaps = writes.slice(1, -1).map((write, index) => write.at - (writes[index] as { at: number }).at);
    expect(gaps.every((gap) => gap >= 500)).toBe(true);
    expect(writes[0]).toEqual({ at: 0, value: 'x' });
    expect(writes.at(-1)?.value).toBe(`${'x'.repeat(200)}!`);
    // 3 s at one write per 500 ms: the first write, six throttled ones, and the final write.
    expect(writes.length).toBe(8);
    expect(writer.writes).toBe(8);
  });

  it('skips intermediate values offered within one interval', async () => {
    const clock = manualClock();
    const { writer, writes } = recordingWriter(clock);
    writer.offer('a');
    await clock.advance(100);
    writer.offer('ab');
    writer.offer('abc');
    await clock.advance(400);
    expect(writes.map((write) => write.value)).toEqual(['a', 'abc']);
  });

  it('makes the final write after a write in flight and cancels the pending one', async () => {
    const clock = manualClock();
    let release: () => void = () => undefined;
    const writes: string[] = [];
    const writer = createThrottledWriter<string>({
      intervalMs: 500,
      write: (value) => {
        writes.push(value);
        return value === 'a' ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve();
      },
      now: clock.now,
      setTimer: clock.setTimer,
      clearTimer: clock.clearTimer,
    });
    writer.offer('a');
    writer.offer('ab');
    const finished = writer.finish('final');
    await clock.advance(0);
    expect(writes).toEqual(['a']);
    release();
    await finished;
    expect(writes).toEqual(['a', 'final']);
  });

  it('makes the final write through the writer it is given, after the throttled ones', async () => {
    const clock = manualClock();
    const { writer, writes } = recordingWriter(clock);
    writer.offer('a');
    await clock.advance(0);
    const finals: string[] = [];
    await writer.finish('done', async (value) => {
      finals.push(value);
    });
    expect(writes.map((write) => write.value)).toEqual(['a']);
    expect(finals).toEqual(['done']);
    expect(writer.writes).toBe(2);
  });

  it('reports a failed intermediate write and goes on', async () => {
    const clock = manualClock();
    const errors: unknown[] = [];
    const writes: string[] = [];
    const writer = createThrottledWriter<string>({
      intervalMs: 500,
      write: async (value) => {
        if (value === 'a') throw new Error('unavailable');
        writes.push(value);
      },
      onWriteError: (error) => errors.push(error),
      now: clock.now,
      setTimer: clock.setTimer,
      clearTimer: clock.clearTimer,
    });
    writer.offer('a');
    await clock.advance(0);
    await writer.finish('done');
    expect(errors).toHaveLength(1);
    expect(writes).toEqual(['done']);
  });
});
