import { describe, expect, it } from 'vitest';
import { de } from './de.ts';
import { en } from './en.ts';
import { mailLanguage, mailText } from './mailStrings.ts';

describe('mailText', () => {
  it('fills placeholders in the chosen language', () => {
    expect(mailText('de', 'followUp.subject', { business: 'Praxis Kim' })).toBe('Eine Antwort von Praxis Kim');
    expect(mailText('en', 'followUp.subject', { business: 'Kim' })).toBe('A reply from Kim');
  });

  it('has every key in German with the same placeholders', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
      expect(names(de[key]), key).toEqual(names(en[key]));
    }
  });

  it('follows the bot, then the tenant, then English', () => {
    expect(mailLanguage('de', 'en')).toBe('de');
    expect(mailLanguage(undefined, 'de')).toBe('de');
    expect(mailLanguage(undefined, 'fr')).toBe('en');
  });
});
