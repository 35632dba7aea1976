import type { BookSlotRequest, BookSlotResponse } from '@frontdesk/contract';
import { createBooking } from './createBooking.ts';
import type { BookingContext } from './loadBookingContext.ts';
import { assertConversationOf, noteBookingInConversation } from './noteBookingInConversation.ts';

/**
 * A booking by clicks (the widget's form, or the HTTP API): the conversation it names must be the visitor's;
 * the booking is made (see createBooking) and written into that conversation.
 */
export async function bookForVisitor(input: {
  booking: Omit<BookSlotRequest, 'botId'>;
  botId: string;
  visitorUid: string;
  context: BookingContext;
  network?: string;
}): Promise<BookSlotResponse> {
  const { booking, botId, visitorUid, context } = input;
  const { conversationId } = booking;
  if (conversationId) await assertConversationOf(visitorUid, botId, conversationId);
  const booked = await createBooking({ request: booking, botId, visitorUid, context, network: input.network });
  if (conversationId) {
    await noteBookingInConversation({
      botId,
      conversationId,
      visitorUid,
      tenantId: context.bot.tenantId,
      retentionDays: context.tenant.retentionDays ?? null,
      locale: context.bot.appearance.locale ?? 'en',
      booked,
    });
  }
  return booked;
}
