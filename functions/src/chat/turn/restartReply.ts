import { type Message, type MessageMeta, messageIds, type TokenReservation } from '@frontdesk/contract';
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { db } from '../../lib/admin.ts';
import { getAllTyped } from '../../lib/documents/getAllTyped.ts';
import { refs } from '../../lib/documents/refs.ts';

/**
 * "Try again": puts a failed reply back to `pending` (empty, with a fresh lease) so it is answered again in
 * place, and starts its meta afresh with the model and the reservation of the new answer. Only a reply that is
 * still `error` restarts, in a transaction, so two clicks answer once. Returns the reply's id, or null when
 * there is nothing to restart.
 */
export async function restartReply(input: {
  botId: string;
  conversationId: string;
  clientMessageId: string;
  leaseMs: number;
  /** The budget the new answer holds while it runs. */
  reservation: TokenReservation;
  model: string;
}): Promise<string | null> {
  const replyId = messageIds.reply(input.clientMessageId);
  const replyRef = refs.message(input.botId, input.conversationId, replyId);
  const metaRef = refs.messageMeta(input.botId, input.conversationId, replyId);
  return db.runTransaction(async (tx) => {
    const [replySnapshot, metaSnapshot] = await getAllTyped(tx, replyRef, metaRef);
    const reply = replySnapshot.data();
    if (reply?.status !== 'error') return null;
    const now = Date.now();
    tx.update(replyRef, {
      text: '',
      status: 'pending',
      errorCode: null,
      attachments: FieldValue.delete(),
      leaseExpiresAt: Timestamp.fromMillis(now + input.leaseMs),
      updatedAt: FieldValue.serverTimestamp(),
    } satisfies Partial<Record<keyof Message, unknown>>);
    // The failed answer settled what it held; its meta (or none, for a reply written before metas) is replaced.
    tx.set(metaRef, {
      tenantId: reply.tenantId,
      model: input.model,
      usage: null,
      timing: null,
      reservation: input.reservation,
      createdAt: metaSnapshot.data()?.createdAt ?? reply.createdAt ?? Timestamp.fromMillis(now),
      expireAt: reply.expireAt ?? null,
    } satisfies MessageMeta);
    return replyRef.id;
  });
}
