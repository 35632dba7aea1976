import { describe, expect, it } from 'vitest';
import { bookingExpiry } from './bookingExpiry.ts';

describe('bookingExpiry', () => {
  const end = Date.parse('2026-06-02T08:30:00Z');

  it("keeps a booking the tenant's period after its appointment ends", () => {
    expect(new Date(bookingExpiry(end, 30)).toISOString()).toBe('2026-07-02T08:30:00.000Z');
  });

  it('keeps it a year when the tenant sets no period', () => {
    expect(new Date(bookingExpiry(end, undefined)).toISOString()).toBe('2027-06-02T08:30:00.000Z');
  });
});
