import { Timestamp } from 'firebase-admin/firestore';
import { logger } from 'firebase-functions';
import { buildBookingMails } from '../domain/booking/buildBookingMails.ts';
import { db } from '../lib/admin.ts';
import { refs } from '../lib/documents/refs.ts';
import { enqueueMail } from '../mail/enqueueMail.ts';
import { bookingLinks } from './bookingLinks.ts';
import { bookingMailFacts, bookingMailSetups } from './bookingMailFacts.ts';
import { forEachDue } from './forEachDue.ts';

/**
 * Sends every reminder due at `now`. Each is claimed in a transaction that clears the booking's `reminderAt`
 * and writes the reminder into the mail outbox together, so a run that repeats, or overlaps another, sends
 * each reminder once: the second claim finds nothing due. A booking cancelled, moved past the moment, or
 * already begun gets none. Answers how many were sent.
 */
export async function sendDueReminders(now: number): Promise<number> {
  const setupOf = bookingMailSetups();
  return forEachDue('reminderAt', now, async (ref, botId) => {
    const [setup, links] = await Promise.all([setupOf(botId), bookingLinks(botId, ref.id)]);
    const typed = refs.booking(botId, ref.id);
    return db.runTransaction(async (tx) => {
      const booking = (await tx.get(typed)).data();
      const due = booking?.reminderAt?.toMillis();
      if (!booking || due === undefined || due > now) return false;
      const stillAhead = booking.status === 'confirmed' && booking.start.toMillis() > now;
      tx.update(typed, { reminderAt: null, ...(stillAhead ? { reminderSentAt: Timestamp.fromMillis(now) } : {}) });
      if (!stillAhead) return false;
      enqueueMail(tx, buildBookingMails(bookingMailFacts(ref.id, booking, setup, links), 'reminder'), {
        botId,
        bookingId: ref.id,
        tenantId: booking.tenantId,
        ...(booking.conversationId ? { conversationId: booking.conversationId } : {}),
      });
      return true;
    });
  }).catch((error) => {
    logger.error('Reminders stopped early.', { error: String(error) });
    throw error;
  });
}
