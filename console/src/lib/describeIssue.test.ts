import { appearanceSchema, availabilitySchema, botSettingsSchema, defaultBotSettings } from '@frontdesk/contract';
import { describe, expect, it } from 'vitest';
import { de } from '../i18n/de.ts';
import { en } from '../i18n/en.ts';
import { describeIssue } from './describeIssue.ts';

/** The problems the contract's own schema finds, worded for a language. */
function problems(result: { error?: { issues: Parameters<typeof describeIssue>[0][] } }, language: 'en' | 'de') {
  return (result.error?.issues ?? []).map((issue) => describeIssue(issue, language === 'en' ? en : de, language));
}

const appearance = {
  title: 'Desk',
  welcomeMessage: 'Hi',
  placeholder: 'Ask',
  launcherEmoji: '💬',
  accentColor: '#0f766e',
};

describe('describeIssue', () => {
  it('says the contract’s own rules in English and German', () => {
    const bad = appearanceSchema.safeParse({ ...appearance, accentColor: 'red' });
    expect(problems(bad, 'en')).toEqual(['Enter a hex colour such as #4f46e5.']);
    expect(problems(bad, 'de')).toEqual(['Bitte eine Hex-Farbe wie #4f46e5 eingeben.']);
  });

  it('asks for one line of text where a title has a line break or a control character', () => {
    const bad = appearanceSchema.safeParse({
      ...appearance,
      title: 'Desk\nBcc: x@example.com',
      placeholder: 'Ask\u0000',
    });
    expect(problems(bad, 'en')).toEqual([
      'Must be one line of text, without line breaks or control characters.',
      'Must be one line of text, without line breaks or control characters.',
    ]);
    expect(problems(bad, 'de')).toEqual([
      'Muss eine Zeile Text sein, ohne Zeilenumbrüche oder Steuerzeichen.',
      'Muss eine Zeile Text sein, ohne Zeilenumbrüche oder Steuerzeichen.',
    ]);
  });

  it('words lengths, bounds and formats from the issue’s code and limits, numbers in the language’s style', () => {
    const bad = botSettingsSchema.safeParse({
      ...defaultBotSettings,
      systemPrompt: 'x'.repeat(20_001),
      temperature: 3,
      maxOutputTokens: 10.5,
      notificationEmails: ['nobody'],
      limits: { ...defaultBotSettings.limits, ipPerDay: 0 },
    });
    expect(problems(bad, 'en')).toEqual([
      'At most 20,000 characters.',
      'Must be 2 or less.',
      'Enter a whole number.',
      'Enter an email address like name@example.com.',
      'Must be 1 or more.',
    ]);
    expect(problems(bad, 'de')).toEqual([
      'Höchstens 20.000 Zeichen.',
      'Höchstens 2.',
      'Bitte eine ganze Zahl eingeben.',
      'Bitte eine E-Mail-Adresse wie name@example.com eingeben.',
      'Mindestens 1.',
    ]);
  });

  it('tells an empty required text and an empty list apart, and names the grid of minutes', () => {
    expect(problems(appearanceSchema.safeParse({ ...appearance, title: ' ' }), 'de')).toEqual([
      'Darf nicht leer sein.',
    ]);
    const availability = availabilitySchema.shape;
    expect(problems(availability.durationsMinutes.safeParse([]), 'en')).toEqual(['Add at least one entry.']);
    expect(problems(availability.slotMinutes.safeParse(7), 'de')).toEqual(['Muss ein Vielfaches von 5 Minuten sein.']);
    const tenth = { code: 'not_multiple_of', divisor: 0.1, message: 'Invalid number: must be a multiple of 0.1' };
    expect(describeIssue(tenth, de, 'de')).toBe('Muss ein Vielfaches von 0,1 sein.');
  });

  it('keeps the message of an issue it does not know', () => {
    expect(describeIssue({ code: 'custom', message: 'something specific' }, de, 'de')).toBe('something specific');
  });
});
