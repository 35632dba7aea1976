import { describe, expect, it } from 'vitest';
import { classifyProviderError } from './classifyProviderError.ts';

describe('classifyProviderError', () => {
  it.each([
    [{ status: 429 }, 'upstream_rate_limited'],
    [{ status: 500 }, 'upstream_error'],
    [{ status: 503 }, 'upstream_error'],
    [{ name: 'APIConnectionError' }, 'upstream_error'],
    [{ name: 'APIConnectionTimeoutError' }, 'timeout'],
    [{ name: 'APIUserAbortError' }, 'timeout'],
    [{ name: 'StreamIdleTimeoutError' }, 'timeout'],
    [{ name: 'TimeoutError' }, 'timeout'],
    [new Error('boom'), 'internal'],
    [new (class APIConnectionError extends Error {})('Connection error.'), 'upstream_error'],
    [new (class APIConnectionTimeoutError extends Error {})('Request timed out.'), 'timeout'],
    [{ name: 'IncompleteStreamError' }, 'upstream_error'],
    [{ name: 'EmptyReplyError' }, 'empty_reply'],
    [{ name: 'OverlongAnswerError' }, 'upstream_error'],
    [new SyntaxError('Error reading response: malformed server-sent event JSON.'), 'upstream_error'],
    [new (class APIError extends Error {})('Provider disconnected'), 'upstream_error'],
    [undefined, 'internal'],
  ])('%o → %s', (error, code) => {
    expect(classifyProviderError(error)).toBe(code);
  });
});
