import { assertOriginAllowed } from '../lib/assertOriginAllowed.ts';
import { clientAddress } from '../lib/clientAddress.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { bookForVisitor } from './bookForVisitor.ts';
import { loadBookingContext } from './loadBookingContext.ts';

/**
 * Books an offered slot. The slot's 5-minute units are claimed by deterministic ids in one transaction, so
 * of any number of concurrent attempts on overlapping times exactly one wins and the others get
 * `slot_taken`. The confirmation mails are queued in the same transaction and sent after it. A booking made
 * from a conversation is written into it.
 */
export const bookSlot = defineCallable(
  'bookSlot',
  { maxInstances: 20 },
  async ({ uid: visitorUid, input, request }) => {
    const { botId, ...booking } = input;
    const context = await loadBookingContext(botId);
    assertOriginAllowed(request.rawRequest.headers.origin, context.settings.allowedOrigins);
    return bookForVisitor({ booking, botId, visitorUid, context, network: clientAddress(request.rawRequest) });
  },
);
