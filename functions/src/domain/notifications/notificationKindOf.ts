import type { ConversationStatus, EventDocument, NotificationKind } from '@frontdesk/contract';

/**
 * Which notification an event is: a new conversation, a visitor waiting for a person (asking, or writing again
 * while waiting), a booking made or cancelled. Anything else mails nobody.
 */
export function notificationKindOf(
  event: Pick<EventDocument, 'type' | 'role'>,
  conversationStatus: ConversationStatus | undefined,
): NotificationKind | null {
  switch (event.type) {
    case 'conversation.created':
      return 'conversationCreated';
    case 'handoff.requested':
      return 'handoffRequested';
    case 'message.created':
      return event.role === 'visitor' && conversationStatus === 'waiting' ? 'handoffRequested' : null;
    case 'booking.created':
      return 'bookingCreated';
    case 'booking.cancelled':
      return 'bookingCancelled';
    default:
      return null;
  }
}
