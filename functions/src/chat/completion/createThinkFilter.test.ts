import { describe, expect, it } from 'vitest';
import { createThinkFilter } from './createThinkFilter.ts';

/** Feeds the pieces one by one, as a stream would, and ends the stream. */
function filtered(pieces: string[]) {
  const filter = createThinkFilter();
  const shown: string[] = [];
  for (const piece of pieces) {
    filter.push(piece);
    shown.push(filter.text);
  }
  filter.end();
  return { text: filter.text, reasoning: filter.reasoning, shown };
}

describe('createThinkFilter', () => {
  it('keeps a <think> block out of the text and the text after it', () => {
    expect(filtered(['<think>The system prompt says…</think>\n\nHello!'])).toMatchObject({
      text: 'Hello!',
      reasoning: 'The system prompt says…',
    });
  });

  it('never shows a tag split across chunks, opening or closing, nor what is between', () => {
    const { text, reasoning, shown } = filtered(['<th', 'ink>\nsecret ', 'plan</thi', 'nk>\n\nWe open', ' at 9.']);
    expect(text).toBe('We open at 9.');
    expect(reasoning).toBe('\nsecret plan');
    for (const soFar of shown) expect(soFar).not.toMatch(/secret|plan|<|think/);
  });

  it('splits a tag one character per chunk', () => {
    const input = 'Hi <think>hidden</think> there';
    expect(filtered([...input])).toMatchObject({ text: 'Hi  there', reasoning: 'hidden' });
  });

  it("treats Gemini's <thought> the same", () => {
    expect(filtered(['<thought>', 'plan', '</thought>', 'Answer'])).toMatchObject({
      text: 'Answer',
      reasoning: 'plan',
    });
  });

  it('takes text back out when only a closing tag shows that the content started inside the block', () => {
    const { text, reasoning } = filtered(['Okay, the user wants', ' a time.', '</think>', '\n\nSure, when?']);
    expect(text).toBe('Sure, when?');
    expect(reasoning).toBe('Okay, the user wants a time.');
  });

  it('keeps an unclosed block as reasoning when the stream ends', () => {
    expect(filtered(['<think>still thinking when the tokens ran out'])).toEqual({
      text: '',
      reasoning: 'still thinking when the tokens ran out',
      shown: [''],
    });
  });

  it('releases a held "<" that turned out to be text, and a literal tag after a block stays text', () => {
    expect(filtered(['a <', 'b and 1 <'])).toMatchObject({ text: 'a <b and 1 <' });
    expect(filtered(['<think>x</think>Use the </think> tag'])).toMatchObject({ text: 'Use the </think> tag' });
  });

  it('adds reasoning from fields of its own', () => {
    const filter = createThinkFilter();
    filter.addReasoning('Let me check. ');
    filter.push('Hello');
    filter.end();
    expect(filter).toMatchObject({ text: 'Hello', reasoning: 'Let me check. ' });
  });
});
