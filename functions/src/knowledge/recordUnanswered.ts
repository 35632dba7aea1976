import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { logger } from 'firebase-functions';
import { normalizeQuestion } from '../domain/knowledge/normalizeQuestion.ts';
import { sha256 } from '../domain/knowledge/passagesOfSource.ts';
import { db } from '../lib/admin.ts';
import { refs } from '../lib/documents/refs.ts';
import { expireAtFor } from '../lib/expireAtFor.ts';

/**
 * Counts a question nothing relevant was found for, in its group (the hash of its normalized wording), for the
 * console's list. It is visitor text: it expires with the tenant's retention period. Best effort.
 */
export async function recordUnanswered(input: {
  botId: string;
  tenantId: string;
  question: string;
  retentionDays: number | null;
}): Promise<void> {
  const normalized = normalizeQuestion(input.question);
  if (!normalized) return;
  const now = Date.now();
  const ref = refs.unansweredQuestion(input.botId, sha256(normalized).slice(0, 32));
  try {
    // The group keeps the wording it was first asked in; later askings count and keep it alive.
    await db.runTransaction(async (tx) => {
      const group = (await tx.get(ref)).data();
      const asked = { lastAskedAt: Timestamp.fromMillis(now), expireAt: expireAtFor(now, input.retentionDays) };
      if (group) tx.update(ref, { ...asked, count: FieldValue.increment(1) });
      else
        tx.create(ref, { tenantId: input.tenantId, question: input.question.trim().slice(0, 500), count: 1, ...asked });
    });
  } catch (error) {
    logger.warn('An unanswered question was not recorded.', { botId: input.botId, error: String(error) });
  }
}
