/**
 * What a log line may carry: ids, typed codes, counts and flags — never names, email addresses or message text
 * (DESIGN invariant 11). Fields outside this list, and values that do not look like an id or a code, are
 * dropped and named in `dropped`, so a careless call cannot put personal data into Cloud Logging.
 */
const ID_FIELDS = [
  'tenantId',
  'botId',
  'conversationId',
  'messageId',
  'replyId',
  'bookingId',
  'mailId',
  'deliveryId',
  'endpointId',
  'requestId',
  'actorUid',
  'uid',
  'callable',
  'function',
  'operation',
  'folder',
] as const;
const CODE_FIELDS = ['errorCode', 'reason', 'status', 'state', 'model', 'threshold', 'month', 'eventType'] as const;

export type LogFields = Partial<Record<(typeof ID_FIELDS)[number] | (typeof CODE_FIELDS)[number], string | null>> & {
  [count: string]: string | number | boolean | string[] | null | undefined;
};

/** An id or code: letters, digits and `_ - . : /`; no spaces, no `@` (so no address and no sentence passes). */
const SAFE_TOKEN = /^[\w\-.:/]{1,160}$/;
const SAFE_KEYS = new Set<string>([...ID_FIELDS, ...CODE_FIELDS]);

export function logFields(fields: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  const dropped: string[] = [];
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined || value === null) continue;
    const safe =
      typeof value === 'number' || typeof value === 'boolean'
        ? true
        : typeof value === 'string'
          ? SAFE_KEYS.has(key) && SAFE_TOKEN.test(value)
          : // Lists of ids only, under a key that says so (`deletedTenantIds`).
            Array.isArray(value) &&
            /Ids$/.test(key) &&
            value.every((item) => typeof item === 'string' && SAFE_TOKEN.test(item));
    if (safe) kept[key] = value;
    else dropped.push(key);
  }
  if (dropped.length > 0) kept.dropped = dropped;
  return kept;
}

/** What an error may say in a log: its code (`ECONNRESET`, `aborted`, an HTTP status), else its class. */
export function errorCodeOf(error: unknown): string {
  const candidate = (error as { code?: unknown; status?: unknown })?.code ?? (error as { status?: unknown })?.status;
  if ((typeof candidate === 'string' || typeof candidate === 'number') && SAFE_TOKEN.test(String(candidate))) {
    return String(candidate);
  }
  return error instanceof Error ? error.name : 'unknown';
}
