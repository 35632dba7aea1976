import { appearanceSchema, availabilitySchema, botSchema, botSettingsSchema } from '@frontdesk/contract';
import { describe, expect, it } from 'vitest';
import { newBotDocuments } from './newBotDocuments.ts';

describe('newBotDocuments', () => {
  it('gives a new bot valid documents that work on a site at once', () => {
    const { bot, settings, availability } = newBotDocuments({
      tenantId: 't1',
      name: 'Bäckerei Sonne',
      timezone: 'Europe/Berlin',
      locale: 'de',
    });
    expect(botSchema.parse(bot)).toEqual(bot);
    expect(appearanceSchema.parse(bot.appearance)).toEqual(bot.appearance);
    expect(botSettingsSchema.parse(settings)).toEqual(settings);
    expect(availabilitySchema.parse(availability)).toEqual(availability);
    expect(bot).toMatchObject({
      tenantId: 't1',
      name: 'Bäckerei Sonne',
      active: true,
      timezone: 'Europe/Berlin',
      appointmentsEnabled: false,
      appearance: { title: 'Bäckerei Sonne', locale: 'de', placeholder: 'Ihre Frage…' },
    });
    expect(bot.appearance.welcomeMessage).toContain('Willkommen bei Bäckerei Sonne');
    expect(settings.systemPrompt).toContain('Bäckerei Sonne');
  });

  it('allows every origin without a website, and only the website with one, in both documents', () => {
    const open = newBotDocuments({ tenantId: 't1', name: 'Shop', timezone: 'UTC', locale: 'en' });
    expect([open.bot.allowedOrigins, open.settings.allowedOrigins]).toEqual([[], []]);
    const own = newBotDocuments({
      tenantId: 't1',
      name: 'Shop',
      timezone: 'UTC',
      locale: 'en',
      website: 'https://shop.example.com',
    });
    expect([own.bot.allowedOrigins, own.settings.allowedOrigins]).toEqual([
      ['https://shop.example.com'],
      ['https://shop.example.com'],
    ]);
  });

  it('writes the texts in English for an English bot', () => {
    const { bot } = newBotDocuments({ tenantId: 't1', name: 'Corner Shop', timezone: 'UTC', locale: 'en' });
    expect(bot.appearance.welcomeMessage).toBe('Hi! Welcome to Corner Shop. How can I help you today?');
    expect(bot.appearance.placeholder).toBe('Type your question…');
  });
});
