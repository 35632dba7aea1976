import { type Message, messageIds } from '@frontdesk/contract';
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { db } from '../../lib/admin.ts';
import { refs } from '../../lib/documents/refs.ts';
import type { TokenReservation } from '../../limits/tokenBudget.ts';

/**
 * "Try again": puts a failed reply back to `pending` (empty, with a fresh lease) so it is answered again in
 * place. Only a reply that is still `error` restarts, in a transaction, so two clicks answer once.
 * Returns the reply's id, or null when there is nothing to restart.
 */
export async function restartReply(input: {
  botId: string;
  conversationId: string;
  clientMessageId: string;
  leaseMs: number;
  /** The budget the new answer holds while it runs. */
  reservation: TokenReservation;
}): Promise<string | null> {
  const replyRef = refs.message(input.botId, input.conversationId, messageIds.reply(input.clientMessageId));
  return db.runTransaction(async (tx) => {
    const reply = (await tx.get(replyRef)).data();
    if (reply?.status !== 'error') return null;
    const now = Date.now();
    tx.update(replyRef, {
      text: '',
      status: 'pending',
      errorCode: null,
      model: null,
      usage: null,
      timing: null,
      attachments: FieldValue.delete(),
      leaseExpiresAt: Timestamp.fromMillis(now + input.leaseMs),
      reservation: input.reservation,
      updatedAt: FieldValue.serverTimestamp(),
    } satisfies Partial<Record<keyof Message, unknown>>);
    return replyRef.id;
  });
}
