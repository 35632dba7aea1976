import type { ReplyErrorCode } from '@frontdesk/contract';

/** Maps whatever the model provider's client threw to a code the widget can explain. */
export function classifyProviderError(error: unknown): ReplyErrorCode {
  const { status } = (error ?? {}) as { status?: unknown };
  // The provider client's error classes keep the generic `name` "Error", so their class name tells them apart.
  const named = (error ?? {}) as { name?: unknown; constructor?: { name?: unknown } };
  const name = named.name === 'Error' ? named.constructor?.name : named.name;
  if (name === 'EmptyReplyError') return 'empty_reply';
  if (status === 429) return 'upstream_rate_limited';
  if (typeof status === 'number' && status >= 400) return 'upstream_error';
  if (
    name === 'StreamIdleTimeoutError' ||
    name === 'APIConnectionTimeoutError' ||
    name === 'TimeoutError' ||
    name === 'AbortError' ||
    name === 'APIUserAbortError'
  ) {
    return 'timeout';
  }
  if (name === 'APIConnectionError' || name === 'TypeError' || name === 'IncompleteStreamError')
    return 'upstream_error';
  // The provider's client throws these for a stream it cannot read: malformed JSON in a chunk, or an error
  // object sent in the middle of the stream (OpenRouter, vLLM); and a stream far past any output limit.
  if (name === 'SyntaxError' || name === 'APIError' || name === 'OverlongAnswerError') return 'upstream_error';
  return 'internal';
}
