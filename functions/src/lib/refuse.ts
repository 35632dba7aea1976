import type { CallErrorDetails, CallErrorReason } from '@frontdesk/contract';
import { type FunctionsErrorCode, HttpsError } from 'firebase-functions/v2/https';

/** A typed refusal: canonical status, a message a person can act on, and `details.reason` for the client. */
export function refuse(
  code: FunctionsErrorCode,
  reason: CallErrorReason,
  message: string,
  extra: Omit<CallErrorDetails, 'reason'> = {},
): HttpsError {
  return new HttpsError(code, message, { reason, ...extra } satisfies CallErrorDetails);
}
