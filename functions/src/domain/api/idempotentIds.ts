import { createHash } from 'node:crypto';

/**
 * The ids of a turn sent with an `Idempotency-Key`: derived from the bot, the user and the key, so a retried
 * request names the same conversation (when it starts one) and the same message, and the turn pipeline's
 * repeated-message check answers it without doing anything twice.
 */
export function idempotentIds(input: {
  botId: string;
  visitorUid: string;
  idempotencyKey: string;
  conversationId: string | undefined;
}): { conversationId: string; clientMessageId: string } {
  const digest = (part: string) =>
    createHash('sha256')
      .update(`${input.botId}\n${input.visitorUid}\n${input.idempotencyKey}\n${part}`)
      .digest('base64url')
      .slice(0, 24);
  return {
    conversationId: input.conversationId ?? `api-${digest('conversation')}`,
    clientMessageId: `idem-${digest('message')}`,
  };
}
