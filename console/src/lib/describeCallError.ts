import { type CallErrorReason, callErrorReasons } from '@frontdesk/contract';
import { t } from '../i18n/strings.ts';

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  details?: unknown;
}

/** The typed `details.reason` of a callable error, when the server sent one of the contract's reasons. */
export function callErrorReason(error: unknown): CallErrorReason | undefined {
  const details = (error as ErrorLike | null)?.details as { reason?: unknown } | undefined;
  const reason = details?.reason;
  return typeof reason === 'string' && (callErrorReasons as readonly string[]).includes(reason)
    ? (reason as CallErrorReason)
    : undefined;
}

/**
 * A sentence a person can act on. Validation errors keep the server's message, which names the field;
 * other known reasons get the console's own wording; unknown failures a generic one.
 */
export function describeCallError(error: unknown): string {
  const { code, message } = (error ?? {}) as ErrorLike;
  const reason = callErrorReason(error);
  const serverMessage = typeof message === 'string' ? message : '';
  if (reason === 'invalid_input' && serverMessage) return serverMessage;
  if (reason) return t.errors.reasons[reason];
  if (code === 'functions/unavailable' || code === 'unavailable') return t.errors.offline;
  if (code === 'permission-denied' || code === 'functions/permission-denied') return t.errors.permission;
  if (code === 'functions/invalid-argument' && serverMessage) return serverMessage;
  return t.errors.generic;
}
