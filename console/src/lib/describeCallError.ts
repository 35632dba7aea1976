import { type CallErrorDetails, type CallErrorReason, callErrorReasons } from '@frontdesk/contract';
import { t } from '../i18n/strings.ts';
import { describeIssue } from './describeIssue.ts';

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
 * A sentence a person can act on. Validation errors say each problem in the console's language (the
 * server's English message when it sent no issues); other known reasons get the console's own wording;
 * unknown failures a generic one.
 */
export function describeCallError(error: unknown): string {
  const { code, message, details } = (error ?? {}) as ErrorLike;
  const reason = callErrorReason(error);
  const serverMessage = typeof message === 'string' ? message : '';
  const issues = (details as Partial<CallErrorDetails> | undefined)?.issues;
  if (reason === 'invalid_input' && issues?.length)
    return [...new Set(issues.map((issue) => describeIssue(issue)))].join(' ');
  if (reason === 'invalid_input' && serverMessage) return serverMessage;
  const allowedModels = (details as Partial<CallErrorDetails> | undefined)?.allowedModels;
  if (reason === 'model_not_allowed' && allowedModels?.length)
    return t.errors.modelNotAllowed(allowedModels.join(', '));
  if (reason) return t.errors.reasons[reason];
  if (code === 'functions/unavailable' || code === 'unavailable') return t.errors.offline;
  if (code === 'permission-denied' || code === 'functions/permission-denied') return t.errors.permission;
  if (code === 'functions/invalid-argument' && serverMessage) return serverMessage;
  return t.errors.generic;
}
