/**
 * Where a tenant's and a bot's documents live outside their own subtrees (`tenants/{id}/…`, `bots/{id}/…`),
 * in one place: deleting a bot or a tenant reaches every collection listed here, and
 * `tests/integration/deletion.test.ts` lists every collection of the emulator afterwards and fails on any
 * document that still names the tenant or a bot of it. A new top-level collection keyed by tenant or bot
 * is added here.
 * Everything else of a bot (knowledge sources, passages and unanswered questions, bookings, slot units, the
 * calendar feed's secret) lives under `bots/{id}` and goes with it.
 * - `fields`: documents that name their tenant and bot in fields (queried by them). `idsOwnCounters`: the ids of
 *   the documents found also name counters of their own (an API key's `apikey:<keyId>:…` rate limits).
 * - `idSegments`: documents whose id holds the id as a `:`-separated segment (rate-limit counters,
 *   `bot:<botId>:…`, `invites:<tenantId>:…`); they hold counts only and live a day, so their ids are scanned.
 *   Scanned after every `fields` collection.
 */
export type OwnedCollection =
  | { collection: string; kind: 'fields'; tenantField: string; botField: string; idsOwnCounters?: true }
  | { collection: string; kind: 'idSegments' };

export const ownedCollections: OwnedCollection[] = [
  { collection: 'mail', kind: 'fields', tenantField: 'tenantId', botField: 'botId' },
  /** HTTP API keys as the console lists them, and their hashes (`paths.apiKeys`, `paths.apiKeySecrets`). */
  { collection: 'apiKeys', kind: 'fields', tenantField: 'tenantId', botField: 'botId', idsOwnCounters: true },
  { collection: 'apiKeySecrets', kind: 'fields', tenantField: 'tenantId', botField: 'botId' },
  /** Events (`paths.events`); a bot's are deleted with their webhook deliveries first (`deleteEventsOf`). */
  { collection: 'events', kind: 'fields', tenantField: 'tenantId', botField: 'botId' },
  { collection: 'rateLimits', kind: 'idSegments' },
];
