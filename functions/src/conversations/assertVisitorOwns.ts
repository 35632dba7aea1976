import type { Conversation } from '@frontdesk/contract';
import { refuse } from '../lib/refuse.ts';

/**
 * Refuses a visitor's call on a conversation that exists and is someone else's. A conversation that does not
 * exist yet (`undefined`) is the caller's to start: its id is theirs to choose.
 */
export function assertVisitorOwns(
  conversation: Pick<Conversation, 'visitorUid'> | undefined,
  visitorUid: string,
): void {
  if (conversation && conversation.visitorUid !== visitorUid) {
    throw refuse(
      'permission-denied',
      'conversation_forbidden',
      'This conversation belongs to someone else; start a new one.',
    );
  }
}
