import { describe, expect, it } from 'vitest';
import { nextFlushDelay } from './nextFlushDelay.ts';

describe('nextFlushDelay', () => {
  it('writes the first token at once', () => {
    expect(nextFlushDelay({ now: 1_000, lastWriteDoneAt: null, intervalMs: 500 })).toBe(0);
  });

  it('waits out the rest of the interval after a write', () => {
    expect(nextFlushDelay({ now: 1_200, lastWriteDoneAt: 1_000, intervalMs: 500 })).toBe(300);
  });

  it('writes at once when the interval has passed', () => {
    expect(nextFlushDelay({ now: 1_500, lastWriteDoneAt: 1_000, intervalMs: 500 })).toBe(0);
    expect(nextFlushDelay({ now: 9_000, lastWriteDoneAt: 1_000, intervalMs: 500 })).toBe(0);
  });
});
