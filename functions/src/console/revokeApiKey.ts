import { paths } from '@frontdesk/contract';
import { FieldValue } from 'firebase-admin/firestore';
import { recordAudit } from '../audit/recordAudit.ts';
import { db } from '../lib/admin.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { refs } from '../lib/documents/refs.ts';
import { refuse } from '../lib/refuse.ts';

/**
 * Owners and admins revoke a bot's API key at once: its hash is deleted and the key marked revoked in one
 * transaction, and every API request checks both, so the key's next request is refused (401). A stream already
 * open runs to the end of its reply. Revoking twice changes nothing (and is audited once).
 */
export const revokeApiKey = defineCallable('revokeApiKey', { maxInstances: 10 }, async ({ uid, input }) => {
  const keyRef = refs.apiKey(input.keyId);
  await db.runTransaction(async (tx) => {
    const key = (await tx.get(keyRef)).data();
    if (!key || key.botId !== input.botId) {
      throw refuse('not-found', 'api_key_invalid', 'This bot has no such API key.');
    }
    tx.delete(refs.apiKeySecret(input.keyId));
    if (key.revokedAt) return;
    tx.update(keyRef, { revokedAt: FieldValue.serverTimestamp() });
    recordAudit(tx, {
      tenantId: key.tenantId,
      actorUid: uid,
      action: 'apiKey.revoke',
      target: `${paths.apiKeys()}/${input.keyId}`,
      before: { botId: key.botId, name: key.name, prefix: key.prefix },
    });
  });
  return { keyId: input.keyId };
});
