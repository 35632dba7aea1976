import { type ApiKey, paths } from '@frontdesk/contract';
import { frontdeskApiClient } from '@frontdesk/contract/apiClient';
import { Timestamp } from 'firebase-admin/firestore';
import { urls } from '../../dev/src/localConfig.ts';
import { hashApiKey, newApiKey } from '../../functions/src/domain/api/apiKeyText.ts';
import { db } from './db.ts';
import { uniqueId } from './uniqueId.ts';

/**
 * An API key of `botId` written as createApiKey writes it (tests of the console's callables make theirs through
 * them), with generous limits unless the test names its own.
 */
export async function seedApiKey(botId: string, limits: ApiKey['limits'] = { perMinute: 1_000, perDay: 10_000 }) {
  const keyId = uniqueId('key').replace(/[^A-Za-z0-9]/g, '');
  const { key, prefix } = newApiKey(keyId);
  const tenantId = (await db.doc(paths.bot(botId)).get()).get('tenantId') as string;
  await db.doc(`${paths.apiKeys()}/${keyId}`).set({
    botId,
    tenantId,
    name: 'Test key',
    prefix,
    createdBy: 'test',
    createdAt: Timestamp.now(),
    lastUsedAt: null,
    revokedAt: null,
    limits,
  } satisfies ApiKey);
  await db.doc(`${paths.apiKeySecrets()}/${keyId}`).set({ botId, tenantId, hash: hashApiKey(key) });
  return { keyId, key };
}

/** The typed client, against the Hosting site (its `/api/v1/**` rewrite) unless `baseUrl` says otherwise. */
export const apiClient = (key: string, baseUrl = urls.hosting) => frontdeskApiClient({ baseUrl, key });

/** The direct URL of the `api` function, without the Hosting rewrite. */
export const directApiUrl = `${urls.functions}/api`;

/** A raw request to the API, for what the typed client would never send. */
export function apiFetch(path: string, init: RequestInit & { key?: string } = {}, baseUrl = urls.hosting) {
  const { key, ...rest } = init;
  return fetch(`${baseUrl}/api/v1${path}`, {
    ...rest,
    headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...rest.headers },
  });
}
