/**
 * Message document ids, derived from what made the message so a retried call finds what the first one wrote.
 * The one place that spells them: functions write by them, the widget matches its own messages by them.
 */
export const messageIds = {
  /** The visitor's question of a turn. */
  visitor: (clientMessageId: string) => `${clientMessageId}-v`,
  /** The assistant's reply to that question. */
  reply: (clientMessageId: string) => `${clientMessageId}-r`,
  /** A team member's message. */
  agent: (clientMessageId: string) => `${clientMessageId}-a`,
  /** The note of a booking made by clicks in a conversation: one per booking. */
  booking: (bookingId: string) => `${bookingId}-b`,
  /** The client message id a visitor message was named after, or null when it is not a visitor message. */
  clientIdOfVisitorMessage: (messageId: string): string | null =>
    messageId.endsWith('-v') ? messageId.slice(0, -2) : null,
};
