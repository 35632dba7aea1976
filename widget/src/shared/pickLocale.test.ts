import { describe, expect, it } from 'vitest';
import { pickLocale } from './pickLocale.ts';

describe('pickLocale', () => {
  it('prefers the data-locale override, then the bot, then the page', () => {
    expect(pickLocale('de', 'en', 'en')).toBe('de');
    expect(pickLocale(undefined, 'de', 'en-US')).toBe('de');
    expect(pickLocale(undefined, undefined, 'de-AT')).toBe('de');
  });

  it('falls back to English for languages it does not ship', () => {
    expect(pickLocale('fr', undefined, 'it')).toBe('en');
    expect(pickLocale(undefined, undefined, '')).toBe('en');
  });
});
