import { describe, expect, it } from 'vitest';
import { isOneLine, oneLineString } from './oneLineText.ts';
import { validationMessages } from './validationMessages.ts';

describe('isOneLine', () => {
  it('accepts names in any script, with accents, emoji and joined emoji sequences', () => {
    for (const text of [
      'Bäckerei Sonne',
      'Zahnärztin 👩‍⚕️ Dr. Çelik',
      'عيادة الأسنان',
      '東京デンタル',
      '💬',
      'O’Brien & Co.',
    ])
      expect(isOneLine(text), text).toBe(true);
  });

  it('refuses line breaks, control characters and bidirectional overrides', () => {
    for (const text of [
      'a\nb',
      'a\rb',
      'a\r\nBcc: x@example.com',
      'a\tb',
      'a\u0000',
      'a\u0007',
      'a\u007f',
      'a\u0085b',
      'a\u2028b',
      'a\u2029b',
      'a\u202Eb',
      'a\u2066b',
    ])
      expect(isOneLine(text), JSON.stringify(text)).toBe(false);
  });
});

describe('oneLineString', () => {
  it('trims, then refuses what is not one line with the named message', () => {
    expect(oneLineString().parse('  Bakery \n')).toBe('Bakery');
    const refused = oneLineString().safeParse('Bakery\nBcc: x@example.com');
    expect(refused.error?.issues.map((issue) => issue.message)).toEqual([validationMessages.oneLine]);
  });
});
