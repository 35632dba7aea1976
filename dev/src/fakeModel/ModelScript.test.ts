import { describe, expect, it } from 'vitest';
import { splitIntoTokens } from './ModelScript.ts';

describe('splitIntoTokens', () => {
  it('splits into word tokens that join back to the text', () => {
    const text = 'Hello there,  friend!\nSee you.';
    const tokens = splitIntoTokens(text);
    expect(tokens).toEqual(['Hello ', 'there,  ', 'friend!\n', 'See ', 'you.']);
    expect(tokens.join('')).toBe(text);
  });
});
