import { defaultBotSettings } from '@frontdesk/contract';
import { describe, expect, it } from 'vitest';
import { botToDraft, draftToAppearance, settingsToDraft, validateAppearance, validateSettings } from './botDraft.ts';

const bot = {
  tenantId: 't1',
  name: 'Desk',
  active: true,
  appearance: { title: 'Desk', welcomeMessage: 'Hi', placeholder: 'Ask', launcherEmoji: '💬', accentColor: '#0f766e' },
};

describe('bot editor drafts', () => {
  it('round-trips an appearance, leaving empty optional fields out', () => {
    const draft = botToDraft(bot);
    expect(draft.appearance.accentHoverColor).toBe('');
    const appearance = draftToAppearance({ ...draft.appearance, position: '' });
    expect(appearance).toEqual(bot.appearance);
  });

  it('names the field of an invalid colour', () => {
    const draft = botToDraft(bot);
    const { errors, value } = validateAppearance({ ...draft.appearance, accentColor: 'red' });
    expect(value).toBeUndefined();
    expect(errors.accentColor).toMatch(/hex colour/);
  });

  it('parses settings text into the contract shape, with null for “default”', () => {
    const draft = settingsToDraft(null);
    const { value } = validateSettings({
      ...draft,
      allowedOrigins: 'https://example.com\n\n https://*.shop.example ',
      temperature: '0.4',
    });
    expect(value).toEqual({
      ...defaultBotSettings,
      temperature: 0.4,
      allowedOrigins: ['https://example.com', 'https://*.shop.example'],
    });
  });

  it('points at the line of a bad origin and at a nested limit', () => {
    const draft = settingsToDraft(null);
    const { errors } = validateSettings({ ...draft, allowedOrigins: 'https://ok.example\nnot a url', ipPerDay: '0' });
    expect(errors.allowedOrigins).toMatch(/^Line 2:/);
    expect(errors.ipPerDay).toBeDefined();
  });
});
