import { describe, expect, it } from 'vitest';
import { callerIdentity } from './callerIdentity.ts';

const token = (provider: string, emailVerified = true) => ({
  email: 'Ada@Example.com',
  email_verified: emailVerified,
  firebase: { sign_in_provider: provider },
});

describe('callerIdentity', () => {
  it('takes the verified email of an email-link session, lowercased', () => {
    expect(callerIdentity({ uid: 'u1', token: token('password') }).verifiedEmail).toBe('ada@example.com');
  });

  it('takes no email from an unverified address or from a session begun anonymously', () => {
    expect(callerIdentity({ uid: 'u1', token: token('password', false) }).verifiedEmail).toBeNull();
    // The account's address was verified later by someone else's link: this session proves nothing about it.
    expect(callerIdentity({ uid: 'u1', token: token('anonymous') })).toMatchObject({
      verifiedEmail: null,
      platformAdmin: false,
    });
  });
});
