import { describe, expect, it } from 'vitest';
import { PREVIEW_SHOW, previewMessage } from './previewMessage.ts';

describe('previewMessage', () => {
  it('passes appearance values as kebab-case overrides and leaves out empty ones', () => {
    expect(
      previewMessage('bot-1', { accentColor: '#ff0000', title: 'Hi there', fontFamily: '', position: 'bottom-left' }),
    ).toEqual({
      type: PREVIEW_SHOW,
      botId: 'bot-1',
      overrides: { 'accent-color': '#ff0000', title: 'Hi there', position: 'bottom-left' },
      open: true,
    });
  });

  it('can leave the panel closed', () => {
    expect(previewMessage('bot-1', {}, false)).toMatchObject({ overrides: {}, open: false });
  });
});
