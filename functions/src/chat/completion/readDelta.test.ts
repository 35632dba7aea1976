import { describe, expect, it } from 'vitest';
import { readDelta } from './readDelta.ts';

describe('readDelta', () => {
  it('reads string content, and reasoning from reasoning_content or reasoning', () => {
    expect(readDelta({ content: 'Hi' })).toEqual({ content: 'Hi', reasoning: '' });
    expect(readDelta({ content: '', reasoning_content: 'Let me see' })).toEqual({
      content: '',
      reasoning: 'Let me see',
    });
    expect(readDelta({ content: null, reasoning: 'We need' })).toEqual({ content: '', reasoning: 'We need' });
  });

  it("reads Mistral's content parts: thinking apart from text", () => {
    const delta = {
      content: [
        { type: 'thinking', thinking: [{ type: 'text', text: 'The user greets.' }] },
        { type: 'text', text: 'Hello!' },
      ],
    };
    expect(readDelta(delta)).toEqual({ content: 'Hello!', reasoning: 'The user greets.' });
  });

  it('counts content Gemini marks as a thought as reasoning', () => {
    expect(readDelta({ content: 'Planning', extra_content: { google: { thought: true } } })).toEqual({
      content: '',
      reasoning: 'Planning',
    });
  });

  it('reads nothing from junk', () => {
    for (const junk of [undefined, null, 3, 'text', [], { content: 5 }, { content: [null, { type: 'image' }] }]) {
      expect(readDelta(junk)).toEqual({ content: '', reasoning: '' });
    }
  });
});
