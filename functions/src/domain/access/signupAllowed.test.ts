import { describe, expect, it } from 'vitest';
import { parseSignupMode, signupAllowed } from './signupAllowed.ts';

describe('signup', () => {
  it('is open only when the param says exactly open; anything else is invite-only', () => {
    expect(parseSignupMode('open')).toBe('open');
    expect(parseSignupMode(' OPEN ')).toBe('open');
    expect(parseSignupMode('invite')).toBe('invite');
    expect(parseSignupMode('opne')).toBe('invite');
  });

  it('lets only platform admins create tenants when invite-only', () => {
    expect(signupAllowed('open', { platformAdmin: false })).toBe(true);
    expect(signupAllowed('invite', { platformAdmin: false })).toBe(false);
    expect(signupAllowed('invite', { platformAdmin: true })).toBe(true);
  });
});
