import { describe, expect, it } from 'vitest';
import { afterFailedAttempt, canClaimMail, MAX_MAIL_ATTEMPTS, mailRetryDelay } from './mailDelivery.ts';

const now = Date.parse('2026-11-22T12:00:00Z');
const delivery = { attempts: 1, leaseExpireTime: null, nextAttemptAt: null };

describe('mail delivery state machine', () => {
  it('claims new mails, due retries and mails whose sender died, and nothing sent or failed', () => {
    expect(canClaimMail({ ...delivery, state: 'PENDING' }, now)).toBe(true);
    expect(canClaimMail({ ...delivery, state: 'RETRY', nextAttemptAt: now }, now)).toBe(true);
    expect(canClaimMail({ ...delivery, state: 'RETRY', nextAttemptAt: now + 1 }, now)).toBe(false);
    expect(canClaimMail({ ...delivery, state: 'PROCESSING', leaseExpireTime: now + 1 }, now)).toBe(false);
    expect(canClaimMail({ ...delivery, state: 'PROCESSING', leaseExpireTime: now - 1 }, now)).toBe(true);
    expect(canClaimMail({ ...delivery, state: 'SENT' }, now)).toBe(false);
    expect(canClaimMail({ ...delivery, state: 'ERROR' }, now)).toBe(false);
  });

  it('backs off exponentially up to an hour, then gives up after the last attempt', () => {
    expect([1, 2, 3, 4].map(mailRetryDelay)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(mailRetryDelay(20)).toBe(3_600_000);
    expect(afterFailedAttempt(1, now)).toEqual({ state: 'RETRY', nextAttemptAt: now + 30_000 });
    expect(afterFailedAttempt(MAX_MAIL_ATTEMPTS, now)).toEqual({ state: 'ERROR', nextAttemptAt: null });
  });
});
