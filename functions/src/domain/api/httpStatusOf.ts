import type { ApiErrorReason } from '@frontdesk/contract';

/** Canonical callable codes as HTTP statuses, with the reasons whose status says more than their code's. */
const byCode: Record<string, number> = {
  'invalid-argument': 400,
  unauthenticated: 401,
  'permission-denied': 403,
  'not-found': 404,
  'already-exists': 409,
  aborted: 409,
  'failed-precondition': 403,
  'resource-exhausted': 429,
};
const byReason: Partial<Record<ApiErrorReason, number>> = {
  api_key_invalid: 401,
  unsupported_media_type: 415,
  payload_too_large: 413,
  idempotency_conflict: 409,
  route_not_found: 404,
};

/** The HTTP status of a refusal: what the API answers for the same reason a callable sends. */
export function httpStatusOf(code: string, reason: ApiErrorReason | undefined): number {
  return (reason && byReason[reason]) ?? byCode[code] ?? 500;
}
