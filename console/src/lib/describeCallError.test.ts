import { describe, expect, it } from 'vitest';
import { describeCallError } from './describeCallError.ts';

describe('describeCallError', () => {
  it('keeps the server message for invalid input, which names the field', () => {
    const error = { code: 'functions/invalid-argument', message: 'email: must be an email address', details: { reason: 'invalid_input' } };
    expect(describeCallError(error)).toBe('email: must be an email address');
  });

  it('words known reasons in the console’s own strings', () => {
    expect(describeCallError({ code: 'functions/failed-precondition', details: { reason: 'last_owner' } })).toBe(
      'A business must keep at least one owner.',
    );
  });

  it('falls back to a generic sentence for unknown failures', () => {
    expect(describeCallError(new Error('boom'))).toBe('Something went wrong. Please try again.');
    expect(describeCallError({ code: 'functions/unavailable' })).toMatch(/could not be reached/);
  });
});
