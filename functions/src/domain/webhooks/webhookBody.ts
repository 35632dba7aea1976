import type { EventDocument } from '@frontdesk/contract';

/** The JSON a webhook receives for an event: its id (stable across retries), type, time and data. */
export function webhookBody(
  eventId: string,
  event: Pick<EventDocument, 'type' | 'tenantId' | 'botId' | 'conversationId' | 'bookingId' | 'data'>,
  createdAtMs: number,
): string {
  return JSON.stringify({
    id: eventId,
    type: event.type,
    createdAt: new Date(createdAtMs).toISOString(),
    tenantId: event.tenantId,
    data: {
      botId: event.botId ?? null,
      ...(event.conversationId ? { conversationId: event.conversationId } : {}),
      ...(event.bookingId ? { bookingId: event.bookingId } : {}),
      ...event.data,
    },
  });
}
