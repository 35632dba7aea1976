import { DEFAULT_API_KEY_LIMITS, paths } from '@frontdesk/contract';
import { FieldValue } from 'firebase-admin/firestore';
import { recordAudit } from '../audit/recordAudit.ts';
import { hashApiKey, newApiKey } from '../domain/api/apiKeyText.ts';
import { db } from '../lib/admin.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { refs } from '../lib/documents/refs.ts';

/**
 * Owners and admins make an API key for a bot. The key is answered this once: only its SHA-256 is stored, in a
 * server-only document; the console lists the key's name, prefix and times from the other. The audit log
 * names the key (name, prefix, limits), never the key or its hash.
 */
export const createApiKey = defineCallable('createApiKey', { maxInstances: 10 }, async ({ uid, input, member }) => {
  const keyRef = refs.apiKeys().doc();
  const { key, prefix } = newApiKey(keyRef.id);
  const limits = {
    perMinute: input.perMinute ?? DEFAULT_API_KEY_LIMITS.perMinute,
    perDay: input.perDay ?? DEFAULT_API_KEY_LIMITS.perDay,
  };
  await db.runTransaction(async (tx) => {
    tx.create(keyRef, {
      botId: input.botId,
      tenantId: member.tenantId,
      name: input.name,
      prefix,
      createdBy: uid,
      createdAt: FieldValue.serverTimestamp(),
      lastUsedAt: null,
      revokedAt: null,
      limits,
    });
    tx.create(refs.apiKeySecret(keyRef.id), { botId: input.botId, tenantId: member.tenantId, hash: hashApiKey(key) });
    recordAudit(tx, {
      tenantId: member.tenantId,
      actorUid: uid,
      action: 'apiKey.create',
      target: `${paths.apiKeys()}/${keyRef.id}`,
      after: { botId: input.botId, name: input.name, prefix, limits },
    });
  });
  return { keyId: keyRef.id, key, prefix };
});
