import { describe, expect, it } from 'vitest';
import { de } from './de.ts';
import { en } from './en.ts';
import { mailLanguageOf, mailText } from './mailStrings.ts';

describe('mailText', () => {
  it('fills placeholders and keeps unknown ones visible', () => {
    expect(mailText('en', 'booking.greeting', { name: 'Ada' })).toBe('Hello Ada,');
    expect(mailText('de', 'booking.greeting')).toBe('Hallo {name},');
    expect(mailText('de', 'followUp.subject', { business: 'Praxis Kim' })).toBe('Eine Antwort von Praxis Kim');
    expect(mailText('en', 'followUp.subject', { business: 'Kim' })).toBe('A reply from Kim');
  });

  it('has every key in both languages, with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(de[key], key).toBeTruthy();
      expect(placeholders(de[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('takes the bot language, else the tenant one, else English', () => {
    expect(mailLanguageOf('de')).toBe('de');
    expect(mailLanguageOf(undefined, 'de')).toBe('de');
    expect(mailLanguageOf(undefined)).toBe('en');
  });
});
