import { describe, expect, it } from 'vitest';
import { rateLimitRetryDelay } from './rateLimitRetryDelay.ts';

const now = Date.UTC(2026, 10, 22, 12, 0, 0);
const options = { now, maxWaitMs: 5_000 };

describe('rateLimitRetryDelay', () => {
  it('waits the seconds the provider asks for when that is short', () => {
    expect(rateLimitRetryDelay('2', options)).toBe(2_000);
    expect(rateLimitRetryDelay('0.5', options)).toBe(500);
  });

  it('reads an HTTP date', () => {
    expect(rateLimitRetryDelay(new Date(now + 3_000).toUTCString(), options)).toBe(3_000);
  });

  it('gives up when the wait is long or the header unreadable', () => {
    expect(rateLimitRetryDelay('60', options)).toBeNull();
    expect(rateLimitRetryDelay('soon', options)).toBeNull();
  });

  it('waits a short default without a header', () => {
    expect(rateLimitRetryDelay(null, options)).toBe(1_000);
  });
});
