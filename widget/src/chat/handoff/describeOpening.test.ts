import { describe, expect, it } from 'vitest';
import { describeOpening } from './describeOpening.ts';

describe('describeOpening', () => {
  const base = { status: 'waiting' as const, emailSaved: false, timezone: 'Europe/Berlin' };

  it('says the team answers shortly while open', () => {
    expect(describeOpening({ ...base, openNow: true, opensAt: null }, 'en')).toBe(
      'The team has been told and will answer here shortly.',
    );
  });

  it('names the opening time when closed', () => {
    const now = new Date(2026, 5, 1, 6, 0).getTime();
    const opensAt = new Date(2026, 5, 1, 8, 0).toISOString();
    expect(describeOpening({ ...base, openNow: false, opensAt }, 'en', now)).toBe(
      'We are closed now; the team answers from 8:00 AM.',
    );
    expect(describeOpening({ ...base, openNow: false, opensAt }, 'de', now)).toBe(
      'Wir haben gerade geschlossen; das Team antwortet ab 8:00.',
    );
  });
});
