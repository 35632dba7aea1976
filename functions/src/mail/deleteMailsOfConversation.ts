import { paths } from '@frontdesk/contract';
import { db } from '../lib/admin.ts';
import { refs } from '../lib/documents/refs.ts';

/** The most values one `in` filter takes. */
const IN_LIMIT = 30;

/**
 * Erasure of a conversation reaches its outbox mails: those that name it, and those about bookings made from
 * it (mails queued before mails named their conversation). Only ids are read (`select()`), so a damaged
 * document cannot stop an erasure. Answers how many mails were deleted.
 */
export async function deleteMailsOfConversation(botId: string, conversationId: string): Promise<number> {
  const mails = db.collection(paths.mail());
  const bookings = await refs.bookings(botId).where('conversationId', '==', conversationId).select().get();
  const bookingIds = bookings.docs.map((booking) => booking.id);
  const queries = [
    mails.where('botId', '==', botId).where('conversationId', '==', conversationId),
    ...chunks(bookingIds, IN_LIMIT).map((ids) => mails.where('botId', '==', botId).where('bookingId', 'in', ids)),
  ];
  const found = await Promise.all(queries.map((query) => query.select().get()));
  const mailPaths = new Set(found.flatMap((snapshot) => snapshot.docs.map((doc) => doc.ref.path)));
  const writer = db.bulkWriter();
  for (const path of mailPaths) void writer.delete(db.doc(path));
  await writer.close();
  return mailPaths.size;
}

function chunks<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) =>
    items.slice(index * size, (index + 1) * size),
  );
}
