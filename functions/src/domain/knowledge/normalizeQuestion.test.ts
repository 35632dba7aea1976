import { describe, expect, it } from 'vitest';
import { normalizeQuestion } from './normalizeQuestion.ts';

describe('normalizeQuestion', () => {
  it('groups wordings that differ only in case, spaces and punctuation', () => {
    expect(normalizeQuestion('Do you have  PARKING?')).toBe(normalizeQuestion('do you have parking'));
    expect(normalizeQuestion('Öffnungszeiten am Samstag?')).toBe('öffnungszeiten am samstag');
  });
});
