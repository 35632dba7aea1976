import { describe, expect, it } from 'vitest';
import { describeCallError } from './describeCallError.ts';

describe('describeCallError', () => {
  it('words each problem of invalid input in the console’s language', () => {
    const error = {
      code: 'functions/invalid-argument',
      message: 'email: must be an email address like name@example.com; name: must be at most 80 characters',
      details: {
        reason: 'invalid_input',
        issues: [
          { path: ['email'], code: 'invalid_format', format: 'email', message: 'must be an email address' },
          { path: ['name'], code: 'too_big', origin: 'string', maximum: 80, message: 'must be at most 80 characters' },
        ],
      },
    };
    expect(describeCallError(error)).toBe('Enter an email address like name@example.com. At most 80 characters.');
  });

  it('keeps the server message for invalid input that came without issues', () => {
    const error = {
      code: 'functions/invalid-argument',
      message: 'email: must be an email address',
      details: { reason: 'invalid_input' },
    };
    expect(describeCallError(error)).toBe('email: must be an email address');
  });

  it('words known reasons in the console’s own strings', () => {
    expect(describeCallError({ code: 'functions/failed-precondition', details: { reason: 'last_owner' } })).toBe(
      'A business must keep at least one owner.',
    );
  });

  it('names the models the platform offers when a bot names another', () => {
    const error = {
      code: 'functions/invalid-argument',
      details: { reason: 'model_not_allowed', allowedModels: ['gpt-4o-mini', 'gpt-4o'] },
    };
    expect(describeCallError(error)).toBe(
      'This model is not offered on this Frontdesk. Choose one of: gpt-4o-mini, gpt-4o, or leave the model empty for the default.',
    );
  });

  it('falls back to a generic sentence for unknown failures', () => {
    expect(describeCallError(new Error('boom'))).toBe('Something went wrong. Please try again.');
    expect(describeCallError({ code: 'functions/unavailable' })).toMatch(/could not be reached/);
  });
});
