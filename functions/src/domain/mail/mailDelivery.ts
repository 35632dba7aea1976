/** Delivery state of an outbox mail (Trigger Email layout): PENDING → PROCESSING → SENT, or RETRY / ERROR. */
export interface MailDelivery {
  state: 'PENDING' | 'PROCESSING' | 'RETRY' | 'SENT' | 'ERROR';
  attempts: number;
  /** While PROCESSING: when the sender counts as dead and another may take over. */
  leaseExpireTime: number | null;
  /** While RETRY: the earliest next attempt. */
  nextAttemptAt: number | null;
}

export const MAX_MAIL_ATTEMPTS = 5;
export const MAIL_LEASE_MS = 60_000;

/** Whether a sender may claim the mail now: new, due for a retry, or abandoned by a dead sender. */
export function canClaimMail(delivery: MailDelivery, now: number): boolean {
  if (delivery.state === 'PENDING') return true;
  if (delivery.state === 'RETRY') return (delivery.nextAttemptAt ?? 0) <= now;
  if (delivery.state === 'PROCESSING') return (delivery.leaseExpireTime ?? 0) <= now;
  return false;
}

/** Wait before attempt `attempts + 1`: 30 s, 1 min, 2 min, 4 min, … at most an hour. */
export function mailRetryDelay(attempts: number): number {
  return Math.min(60 * 60_000, 30_000 * 2 ** Math.max(0, attempts - 1));
}

/** What a failed attempt leads to: another try later, or giving up. */
export function afterFailedAttempt(attempts: number, now: number): Pick<MailDelivery, 'state' | 'nextAttemptAt'> {
  return attempts >= MAX_MAIL_ATTEMPTS
    ? { state: 'ERROR', nextAttemptAt: null }
    : { state: 'RETRY', nextAttemptAt: now + mailRetryDelay(attempts) };
}
