import { FieldValue } from 'firebase-admin/firestore';
import { db } from '../lib/admin.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { refs } from '../lib/documents/refs.ts';
import { refuse } from '../lib/refuse.ts';

/**
 * Owners and admins revoke a bot's API key at once: its hash is deleted and the key marked revoked in one
 * transaction, and every API request checks both, so the key's next request is refused (401). A stream already
 * open runs to the end of its reply. Revoking twice changes nothing.
 */
export const revokeApiKey = defineCallable('revokeApiKey', { maxInstances: 10 }, async ({ input }) => {
  const keyRef = refs.apiKey(input.keyId);
  await db.runTransaction(async (tx) => {
    const key = (await tx.get(keyRef)).data();
    if (!key || key.botId !== input.botId) {
      throw refuse('not-found', 'api_key_invalid', 'This bot has no such API key.');
    }
    tx.delete(refs.apiKeySecret(input.keyId));
    if (!key.revokedAt) tx.update(keyRef, { revokedAt: FieldValue.serverTimestamp() });
  });
  return { keyId: input.keyId };
});
