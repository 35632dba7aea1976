import { describe, expect, it } from 'vitest';
import { signLink, verifyLink } from './signLink.ts';

describe('signLink', () => {
  const signature = signLink('secret', 'resume', 'bot1', 'conversation1');

  it('verifies its own signature only for the same purpose, ids and secret', () => {
    expect(verifyLink('secret', signature, 'resume', 'bot1', 'conversation1')).toBe(true);
    expect(verifyLink('secret', signature, 'unsubscribe', 'bot1', 'conversation1')).toBe(false);
    expect(verifyLink('secret', signature, 'resume', 'bot1', 'conversation2')).toBe(false);
    expect(verifyLink('other', signature, 'resume', 'bot1', 'conversation1')).toBe(false);
    expect(verifyLink('secret', 'short', 'resume', 'bot1', 'conversation1')).toBe(false);
  });
});
