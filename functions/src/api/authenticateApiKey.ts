import type { ApiKey } from '@frontdesk/contract';
import { Timestamp } from 'firebase-admin/firestore';
import { apiKeyMatches, bearerKeyOf, keyIdOf } from '../domain/api/apiKeyText.ts';
import { refs } from '../lib/documents/refs.ts';
import { refuse } from '../lib/refuse.ts';

/** Who calls the API: a key of one bot. */
export interface ApiCaller {
  keyId: string;
  botId: string;
  tenantId: string;
  limits: ApiKey['limits'];
}

const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * The caller of an API request, from its `Authorization: Bearer <key>`: the key's hash must match the stored
 * one and the key must not be revoked, checked on every request, so a revoked key is refused from its next
 * request on. `lastUsedAt` is written at most once a minute per key, so a busy key costs no write per request.
 */
export async function authenticateApiKey(authorization: string | undefined, now: number): Promise<ApiCaller> {
  const key = bearerKeyOf(authorization);
  const keyId = key ? keyIdOf(key) : null;
  if (!key || !keyId) throw invalidKey();
  const [secret, meta] = await Promise.all([refs.apiKeySecret(keyId).get(), refs.apiKey(keyId).get()]);
  const stored = secret.data();
  const apiKey = meta.data();
  if (!stored || !apiKey || apiKey.revokedAt || !apiKeyMatches(key, stored.hash)) throw invalidKey();
  if (!apiKey.lastUsedAt || now - apiKey.lastUsedAt.toMillis() >= LAST_USED_RESOLUTION_MS) {
    await meta.ref.update({ lastUsedAt: Timestamp.fromMillis(now) });
  }
  return { keyId, botId: stored.botId, tenantId: stored.tenantId, limits: apiKey.limits };
}

function invalidKey() {
  return refuse(
    'unauthenticated',
    'api_key_invalid',
    'Send a valid API key as "Authorization: Bearer <key>"; make one in the console (keys that were revoked no longer work).',
  );
}
