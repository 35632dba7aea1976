import { type Conversation, type Message, paths } from '@frontdesk/contract';
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { db } from '../lib/admin.ts';
import { expireAtFor } from '../lib/expireAtFor.ts';
import { refuse } from '../lib/refuse.ts';
import type { TokenReservation } from '../limits/tokenBudget.ts';

export interface Turn {
  conversationId: string;
  visitorMessageId: string;
  /** `null` when humans handle the conversation and the AI stays silent. */
  replyMessageId: string | null;
  /** True when this call repeats an earlier one with the same client message id: nothing was written. */
  replayed: boolean;
  createdConversation: boolean;
}

const PREVIEW_LENGTH = 140;

/** Message ids derived from the client's id, so a retried call finds what the first one wrote. */
export function turnMessageIds(clientMessageId: string) {
  return { visitor: `${clientMessageId}-v`, reply: `${clientMessageId}-r` };
}

/**
 * Records the visitor's message and, unless a human has taken over, an empty `pending` reply, in one
 * transaction that also creates the conversation when it is new. A conversation of another visitor is
 * refused; a repeated client message id changes nothing and returns the first call's ids.
 */
export async function startTurn(input: {
  botId: string;
  tenantId: string;
  visitorUid: string;
  conversationId: string;
  clientMessageId: string;
  text: string;
  leaseMs: number;
  /** The tenant's retention period, for the `expireAt` TTL field; null: kept. */
  retentionDays: number | null;
  /** The budget the reply holds while it runs; unused when a human handles the conversation. */
  reservation: TokenReservation | null;
}): Promise<Turn> {
  const conversationRef = db.doc(paths.conversation(input.botId, input.conversationId));
  const ids = turnMessageIds(input.clientMessageId);
  const visitorMessageRef = conversationRef.collection('messages').doc(ids.visitor);
  const replyRef = conversationRef.collection('messages').doc(ids.reply);

  return db.runTransaction(async (tx): Promise<Turn> => {
    const [existing, previous, previousReply] = await tx.getAll(conversationRef, visitorMessageRef, replyRef);
    if (existing?.exists && existing.get('visitorUid') !== input.visitorUid) {
      throw refuse(
        'permission-denied',
        'conversation_forbidden',
        'This conversation belongs to someone else; start a new one.',
      );
    }
    const base = {
      conversationId: conversationRef.id,
      visitorMessageId: visitorMessageRef.id,
      createdConversation: false,
    };
    if (previous?.exists)
      return { ...base, replyMessageId: previousReply?.exists ? replyRef.id : null, replayed: true };

    const humanHandled = existing?.get('status') === 'human';
    // Explicit times, the reply 1 ms after the visitor's message, so ordering by `createdAt` is never a tie.
    const at = Date.now();
    const now = Timestamp.fromMillis(at);
    const expireAt = expireAtFor(at, input.retentionDays);
    const added = humanHandled ? 1 : 2;
    const conversationUpdate = {
      preview: input.text.slice(0, PREVIEW_LENGTH),
      lastActivityAt: now,
      // The visitor wrote: the team sees the conversation as unread until someone opens it.
      unreadForTeam: true,
      expireAt,
      // A closed conversation reopens when the visitor writes again.
      ...(existing?.get('status') === 'closed' ? { status: 'ai' as const } : {}),
    };
    if (existing?.exists) {
      tx.update(conversationRef, { ...conversationUpdate, messageCount: FieldValue.increment(added) });
    } else {
      tx.create(conversationRef, {
        botId: input.botId,
        tenantId: input.tenantId,
        visitorUid: input.visitorUid,
        status: 'ai',
        createdAt: now,
        messageCount: added,
        ...conversationUpdate,
      } satisfies Conversation);
    }
    const common = {
      visitorUid: input.visitorUid,
      tenantId: input.tenantId,
      errorCode: null,
      model: null,
      usage: null,
      timing: null,
      authorUid: null,
      updatedAt: FieldValue.serverTimestamp(),
      expireAt,
    };
    tx.create(visitorMessageRef, {
      ...common,
      role: 'visitor',
      text: input.text,
      status: 'done',
      createdAt: now,
      leaseExpiresAt: null,
    } satisfies Message);
    if (!humanHandled) {
      tx.create(replyRef, {
        ...common,
        role: 'assistant',
        text: '',
        status: 'pending',
        createdAt: Timestamp.fromMillis(at + 1),
        leaseExpiresAt: Timestamp.fromMillis(at + input.leaseMs),
        reservation: input.reservation,
        expireAt: expireAtFor(at + 1, input.retentionDays),
      } satisfies Message);
    }
    return {
      ...base,
      replyMessageId: humanHandled ? null : replyRef.id,
      replayed: false,
      createdConversation: !existing?.exists,
    };
  });
}
