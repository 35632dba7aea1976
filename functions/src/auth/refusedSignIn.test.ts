import { describe, expect, it } from 'vitest';
import { PASSWORD_REFUSAL, refusedSignIn, signInMethodOf } from './refusedSignIn.ts';

describe('refusedSignIn', () => {
  it('lets email links and anonymous visitors in', () => {
    expect(refusedSignIn({ method: 'emailLink', email: 'ada@example.com' })).toBeNull();
    expect(refusedSignIn({ method: undefined, email: undefined })).toBeNull();
    expect(refusedSignIn({ method: 'anonymous', email: undefined })).toBeNull();
  });

  it('refuses a password, and any other way into an account with an email address', () => {
    expect(refusedSignIn({ method: 'password', email: 'ada@example.com' })).toBe(PASSWORD_REFUSAL);
    expect(refusedSignIn({ method: 'password', email: undefined })).toBe(PASSWORD_REFUSAL);
    expect(refusedSignIn({ method: 'google.com', email: 'ada@example.com' })).toBe(PASSWORD_REFUSAL);
    expect(refusedSignIn({ method: undefined, email: 'ada@example.com' })).toBe(PASSWORD_REFUSAL);
  });
});

describe('signInMethodOf', () => {
  it('reads the method from the event type', () => {
    expect(signInMethodOf('providers/cloud.auth/eventTypes/user.beforeSignIn:emailLink')).toBe('emailLink');
    expect(signInMethodOf('providers/cloud.auth/eventTypes/user.beforeCreate:password')).toBe('password');
    expect(signInMethodOf('providers/cloud.auth/eventTypes/user.beforeCreate')).toBeUndefined();
    expect(signInMethodOf('providers/cloud.auth/eventTypes/user.beforeCreate:')).toBeUndefined();
  });
});
