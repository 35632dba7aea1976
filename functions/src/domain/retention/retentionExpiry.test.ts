import { describe, expect, it } from 'vitest';
import { retentionExpiry } from './retentionExpiry.ts';

describe('retentionExpiry', () => {
  const at = Date.parse('2026-03-28T23:30:00Z');

  it('is the retention period after the write, in whole days of 24 hours', () => {
    expect(retentionExpiry(at, 30)?.toISOString()).toBe('2026-04-27T23:30:00.000Z');
    expect(retentionExpiry(at, 1)?.toISOString()).toBe('2026-03-29T23:30:00.000Z');
  });

  it('is null when the tenant keeps conversations', () => {
    expect(retentionExpiry(at, null)).toBeNull();
    expect(retentionExpiry(at, undefined)).toBeNull();
  });
});
