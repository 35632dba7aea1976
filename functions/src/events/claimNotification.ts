import { Timestamp } from 'firebase-admin/firestore';
import type { OutgoingMail } from '../domain/mail/OutgoingMail.ts';
import { db } from '../lib/admin.ts';
import { refs } from '../lib/documents/refs.ts';
import { enqueueMail, type MailAbout } from '../mail/enqueueMail.ts';

/**
 * Queues one grouped mail: in one transaction, the claim `claimId` (a recipient × kind × conversation or booking)
 * is checked and taken for `windowMs`, and the mail is put in the outbox. Within the window, or for an event the
 * claim has already seen (a re-delivered trigger), nothing is queued. Answers whether a mail was queued.
 */
export async function claimNotification(input: {
  tenantId: string;
  claimId: string;
  eventId: string;
  windowMs: number;
  now: number;
  mail: OutgoingMail;
  about: MailAbout;
}): Promise<boolean> {
  const ref = refs.notificationClaim(input.tenantId, input.claimId);
  return db.runTransaction(async (tx) => {
    const claim = (await tx.get(ref)).data();
    if (claim && (claim.lastEventId === input.eventId || claim.until.toMillis() > input.now)) return false;
    const until = input.now + input.windowMs;
    tx.set(ref, {
      until: Timestamp.fromMillis(until),
      lastEventId: input.eventId,
      // Kept a day past its window for the TTL policy to remove.
      expireAt: Timestamp.fromMillis(until + 24 * 60 * 60_000),
    });
    enqueueMail(tx, [input.mail], input.about);
    return true;
  });
}
