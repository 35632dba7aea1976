import type { ReplyErrorCode } from '@frontdesk/contract';

/** Maps whatever the model provider's client threw to a code the widget can explain. */
export function classifyProviderError(error: unknown): ReplyErrorCode {
  const { name, status } = (error ?? {}) as { name?: unknown; status?: unknown };
  if (status === 429) return 'upstream_rate_limited';
  if (typeof status === 'number' && status >= 400) return 'upstream_error';
  if (name === 'APIConnectionTimeoutError' || name === 'AbortError' || name === 'APIUserAbortError') return 'timeout';
  if (name === 'APIConnectionError') return 'upstream_error';
  return 'internal';
}
