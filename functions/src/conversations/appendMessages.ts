import type { Conversation, Message } from '@frontdesk/contract';
import {
  type DocumentReference,
  type DocumentSnapshot,
  FieldValue,
  type Timestamp,
  type Transaction,
} from 'firebase-admin/firestore';
import { conversationPreview } from '../domain/conversations/conversationPreview.ts';

/** What moves on in a conversation with each message: its preview, last activity and expiry. */
export function conversationActivity(text: string, at: Timestamp, expireAt: Timestamp | null) {
  return { preview: conversationPreview(text), lastActivityAt: at, expireAt };
}

/** Who a conversation that does not exist yet is created for. */
export interface NewConversation {
  botId: string;
  tenantId: string;
  visitorUid: string;
}

/**
 * Creates messages in a conversation, in the caller's transaction, and keeps the conversation right: its
 * preview (the last message's text), last activity, message count and `expireAt`. With `create`, a
 * conversation that does not exist yet is created (handled by the AI); otherwise it must exist. `changes`
 * are further fields to set, e.g. the status or the team's unread mark.
 */
export function appendMessages(
  tx: Transaction,
  input: {
    conversation: DocumentSnapshot;
    messages: { ref: DocumentReference; message: Message }[];
    /** The time of the activity; `expireAt` follows from it. */
    at: Timestamp;
    expireAt: Timestamp | null;
    changes?: Partial<Pick<Conversation, 'status' | 'unreadForTeam' | 'context' | 'currentPageUrl'>>;
    create?: NewConversation;
    /** The text the preview shows, when it is not the last message's (an empty reply about to stream). */
    previewText?: string;
  },
): void {
  const last = input.messages.at(-1)?.message;
  const update = {
    ...conversationActivity(input.previewText ?? last?.text ?? '', input.at, input.expireAt),
    ...input.changes,
  };
  if (input.conversation.exists) {
    tx.update(input.conversation.ref, { ...update, messageCount: FieldValue.increment(input.messages.length) });
  } else if (input.create) {
    tx.create(input.conversation.ref, {
      ...input.create,
      status: 'ai',
      createdAt: input.at,
      messageCount: input.messages.length,
      ...update,
    } satisfies Conversation);
  } else {
    throw new Error(`appendMessages: conversation ${input.conversation.ref.path} does not exist`);
  }
  for (const { ref, message } of input.messages) tx.create(ref, message);
}
