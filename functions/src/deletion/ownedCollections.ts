/**
 * Where a tenant's and a bot's documents live outside their own subtrees (`tenants/{id}/…`, `bots/{id}/…`),
 * in one place: deleting a bot or a tenant reaches every collection listed here, and
 * `tests/integration/deletion.test.ts` lists every collection of the emulator afterwards and fails on any
 * document that still names the tenant or a bot of it. A new top-level collection keyed by tenant or bot
 * is added here.
 * - `fields`: documents that name their tenant and bot in fields (queried by them).
 * - `idSegments`: documents whose id holds the id as a `:`-separated segment (rate-limit counters,
 *   `bot:<botId>:…`, `invites:<tenantId>:…`); they hold counts only and live a day, so their ids are scanned.
 */
export type OwnedCollection =
  | { collection: string; kind: 'fields'; tenantField: string; botField: string }
  | { collection: string; kind: 'idSegments' };

export const ownedCollections: OwnedCollection[] = [
  { collection: 'mail', kind: 'fields', tenantField: 'tenantId', botField: 'botId' },
  { collection: 'rateLimits', kind: 'idSegments' },
];
