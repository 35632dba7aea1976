import { paths, type Reasoning } from '@frontdesk/contract';
import { Timestamp } from 'firebase-admin/firestore';
import { logger } from 'firebase-functions';
import { db } from '../lib/admin.ts';

/**
 * Keeps the model's reasoning behind a reply for the team's transcript (the bot's `showReasoningToTeam`), in a
 * document the visitor cannot read, expiring with the conversation. Losing it loses nothing the visitor sees.
 */
export async function saveReasoning(input: {
  botId: string;
  tenantId: string;
  conversationId: string;
  replyMessageId: string;
  model: string;
  reasoning: string;
  at: number;
  expireAt: Timestamp | null;
}): Promise<void> {
  const document: Reasoning = {
    tenantId: input.tenantId,
    // A Firestore document holds at most 1 MiB.
    text: input.reasoning.slice(0, 200_000),
    model: input.model,
    createdAt: Timestamp.fromMillis(input.at),
    expireAt: input.expireAt,
  };
  await db
    .doc(`${paths.reasoning(input.botId, input.conversationId)}/${input.replyMessageId}`)
    .set(document)
    .catch((error: unknown) => logger.warn('Could not keep the reasoning of a reply.', { error: String(error) }));
}
