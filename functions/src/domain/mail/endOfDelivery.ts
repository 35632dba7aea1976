import type { OutgoingMail } from './OutgoingMail.ts';

const DAY_MS = 86_400_000;

/**
 * What an outbox mail keeps once its delivery has ended (SENT, or ERROR after the last attempt): its
 * recipients, what it was about and how delivery went, but no text, so neither the visitor's cancel link nor
 * their details outlive the sending; and `expireAt` for the Firestore TTL policy, `retentionDays` later.
 */
export function endOfDelivery(
  now: number,
  retentionDays: number,
): { message: OutgoingMail['message']; expireAt: number } {
  return {
    message: { subject: '', text: '', html: '', attachments: [] },
    expireAt: now + retentionDays * DAY_MS,
  };
}
