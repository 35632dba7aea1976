import { describe, expect, it } from 'vitest';
import { httpStatusOf } from './httpStatusOf.ts';

describe('httpStatusOf', () => {
  it('answers each refusal with its status', () => {
    expect(httpStatusOf('invalid-argument', 'invalid_input')).toBe(400);
    expect(httpStatusOf('unauthenticated', 'api_key_invalid')).toBe(401);
    expect(httpStatusOf('permission-denied', 'conversation_forbidden')).toBe(403);
    expect(httpStatusOf('failed-precondition', 'bot_inactive')).toBe(403);
    expect(httpStatusOf('not-found', 'conversation_not_found')).toBe(404);
    expect(httpStatusOf('already-exists', 'slot_taken')).toBe(409);
    expect(httpStatusOf('invalid-argument', 'payload_too_large')).toBe(413);
    expect(httpStatusOf('invalid-argument', 'unsupported_media_type')).toBe(415);
    expect(httpStatusOf('resource-exhausted', 'rate_limited')).toBe(429);
    expect(httpStatusOf('internal', undefined)).toBe(500);
  });
});
