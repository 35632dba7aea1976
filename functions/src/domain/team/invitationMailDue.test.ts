import { describe, expect, it } from 'vitest';
import { invitationMailDue } from './invitationMailDue.ts';

describe('invitationMailDue', () => {
  const mailedAt = Date.parse('2026-06-02T08:00:00Z');

  it('mails a first invitation', () => {
    expect(invitationMailDue(null, mailedAt, 60)).toBe(true);
  });

  it('does not mail again within the cooldown, and does once it has passed', () => {
    expect(invitationMailDue(mailedAt, mailedAt + 59 * 60_000, 60)).toBe(false);
    expect(invitationMailDue(mailedAt, mailedAt + 60 * 60_000, 60)).toBe(true);
  });
});
