import type { ApiErrorReason, CallErrorDetails } from '@frontdesk/contract';
import { type FunctionsErrorCode, HttpsError } from 'firebase-functions/v2/https';

/** What a refusal carries; callables only ever send `CallErrorReason`s, the HTTP API its own reasons too. */
export type RefusalDetails = Omit<CallErrorDetails, 'reason'> & { reason: ApiErrorReason };

/** A typed refusal: canonical status, a message a person can act on, and `details.reason` for the client. */
export function refuse(
  code: FunctionsErrorCode,
  reason: ApiErrorReason,
  message: string,
  extra: Omit<CallErrorDetails, 'reason'> = {},
): HttpsError {
  return new HttpsError(code, message, { reason, ...extra } satisfies RefusalDetails);
}
