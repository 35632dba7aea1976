import { defaultBotSettings } from '@frontdesk/contract';
import { describe, expect, it } from 'vitest';
import { resolveBotSettings } from './resolveBotSettings.ts';

describe('resolveBotSettings', () => {
  it('gives every default to a bot without settings', () => {
    expect(resolveBotSettings(undefined)).toEqual(defaultBotSettings);
  });

  it('keeps valid stored values and replaces invalid ones field by field', () => {
    const settings = resolveBotSettings({
      systemPrompt: 'Be brief.',
      model: 'gpt-4.1',
      temperature: 7,
      allowedOrigins: ['https://*.example.com', 'not an origin'],
      limits: { visitorPerMinute: 3, botPerMinute: -1 },
    });
    expect(settings.systemPrompt).toBe('Be brief.');
    expect(settings.model).toBe('gpt-4.1');
    expect(settings.temperature).toBe(defaultBotSettings.temperature);
    expect(settings.allowedOrigins).toEqual(defaultBotSettings.allowedOrigins);
    expect(settings.limits).toEqual({ ...defaultBotSettings.limits, visitorPerMinute: 3 });
  });
});
