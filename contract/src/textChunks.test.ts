import { describe, expect, it } from 'vitest';
import { applyTextChunk, textChunks } from './textChunks.ts';

describe('textChunks', () => {
  it('sends only what was added to a growing text', () => {
    const next = textChunks();
    expect(next('Hel')).toEqual({ from: 0, text: 'Hel' });
    expect(next('Hello')).toEqual({ from: 3, text: 'lo' });
    expect(next('Hello there')).toEqual({ from: 5, text: ' there' });
  });

  it('sends nothing when the text did not change', () => {
    const next = textChunks();
    next('Same');
    expect(next('Same')).toBeNull();
  });

  it('keeps the common start when the text was cut back and grew otherwise', () => {
    const next = textChunks();
    next('Answer <thi');
    expect(next('Answer')).toEqual({ from: 6, text: '' });
    expect(next('Answer: yes')).toEqual({ from: 6, text: ': yes' });
  });

  it('rebuilds every version of the text on the receiving side', () => {
    const versions = ['A', 'A long', 'A lo', 'A lot of words', 'B', ''];
    const next = textChunks();
    let received = '';
    for (const version of versions) {
      const chunk = next(version);
      if (chunk) received = applyTextChunk(received, chunk);
      expect(received).toBe(version);
    }
  });
});
