import { paths } from '@frontdesk/contract';
import type { Firestore } from 'firebase-admin/firestore';
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { estimateTokens, type SettledUsage } from '../domain/limits/tokenBudget.ts';
import { converters } from '../lib/documents/converters.ts';
import { getAllTyped } from '../lib/documents/getAllTyped.ts';
import { budgetChanges } from '../limits/budgetChanges.ts';
import { budgetLimitsOf } from '../limits/budgetLimitsOf.ts';
import { recordDailyUsage } from '../limits/recordDailyUsage.ts';
import { settleReservation } from '../limits/settleReservation.ts';

/**
 * Ends replies whose writer died (a crashed or stopped instance): a `pending` or `streaming` message whose
 * lease has expired becomes `error` with code `interrupted`, keeping its partial text. The lease is checked
 * again inside a transaction, so a writer that is alive after all is never overwritten. The token reservation
 * its meta holds is settled in the same transaction, charging the estimated prompt and the partial text,
 * which the tenant's daily usage counts too.
 */
export async function sweepStaleReplies(db: Firestore, now: Date): Promise<number> {
  const cutoff = Timestamp.fromDate(now);
  const stale = await db
    .collectionGroup('messages')
    .withConverter(converters.replyLease)
    .where('status', 'in', ['pending', 'streaming'])
    .where('leaseExpiresAt', '<', cutoff)
    .limit(500)
    .get();
  let swept = 0;
  for (const doc of stale.docs) {
    // The reply's meta is its sibling: bots/{b}/conversations/{c}/messageMeta/{id}.
    const metaRef = doc.ref.parent.parent?.collection('messageMeta').doc(doc.id).withConverter(converters.messageMeta);
    if (!metaRef) continue;
    const ended = await db.runTransaction(async (tx) => {
      const [replySnapshot, metaSnapshot] = await getAllTyped(tx, doc.ref, metaRef);
      const reply = replySnapshot.data();
      if (!reply) return null;
      const { status, leaseExpiresAt: lease, text } = reply;
      if ((status !== 'pending' && status !== 'streaming') || !lease || lease.toMillis() >= cutoff.toMillis()) {
        return null;
      }
      const reservation = metaSnapshot.data()?.reservation;
      const usage: SettledUsage | null = reservation
        ? {
            promptTokens: reservation.promptTokens,
            completionTokens: text ? estimateTokens([text]) : 0,
            estimated: true,
          }
        : null;
      if (reservation && usage) {
        const tenant = (await tx.get(db.doc(paths.tenant(reply.tenantId)).withConverter(converters.tenant))).data();
        const changes = budgetChanges(db);
        await settleReservation(tx, changes, {
          reservation,
          usedTokens: usage.promptTokens + usage.completionTokens,
          limits: budgetLimitsOf(tenant ?? {}),
        });
        changes.write(tx);
        tx.update(metaRef, { reservation: null, usage });
      }
      tx.update(doc.ref, {
        status: 'error',
        errorCode: 'interrupted',
        leaseExpiresAt: null,
        updatedAt: FieldValue.serverTimestamp(),
      });
      return { usage, tenantId: reply.tenantId };
    });
    if (!ended) continue;
    swept += 1;
    if (ended.usage) {
      const { promptTokens, completionTokens } = ended.usage;
      await recordDailyUsage(ended.tenantId, now, { messages: 1, replies: 1, promptTokens, completionTokens });
    }
  }
  return swept;
}
