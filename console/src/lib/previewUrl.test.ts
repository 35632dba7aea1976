import { describe, expect, it } from 'vitest';
import { previewUrl } from './previewUrl.ts';

describe('previewUrl', () => {
  it('passes appearance values as kebab-case overrides and leaves out empty ones', () => {
    const url = new URL(
      previewUrl('bot-1', { accentColor: '#ff0000', title: 'Hi there', fontFamily: '', position: 'bottom-left' }, 3),
      'http://console.test',
    );
    expect(url.pathname).toBe('/preview.html');
    expect(url.searchParams.get('bot')).toBe('bot-1');
    expect(url.searchParams.get('accent-color')).toBe('#ff0000');
    expect(url.searchParams.get('title')).toBe('Hi there');
    expect(url.searchParams.get('position')).toBe('bottom-left');
    expect(url.searchParams.has('font-family')).toBe(false);
    expect(url.searchParams.get('open')).toBe('1');
    expect(url.searchParams.get('v')).toBe('3');
  });
});
