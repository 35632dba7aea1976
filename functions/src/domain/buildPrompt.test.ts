import { describe, expect, it } from 'vitest';
import { buildPrompt, DEFAULT_SYSTEM_PROMPT } from './buildPrompt.ts';

describe('buildPrompt', () => {
  it('puts the instructions first and maps roles to Chat Completions roles', () => {
    expect(
      buildPrompt({
        systemPrompt: 'Be kind.',
        history: [
          { role: 'visitor', text: 'Hi' },
          { role: 'assistant', text: 'Hello!' },
          { role: 'agent', text: 'A human here.' },
        ],
      }),
    ).toEqual([
      { role: 'system', content: 'Be kind.' },
      { role: 'user', content: 'Hi' },
      { role: 'assistant', content: 'Hello!' },
      { role: 'assistant', content: 'A human here.' },
    ]);
  });

  it('falls back to the default instructions and drops empty messages', () => {
    expect(buildPrompt({ systemPrompt: '  ', history: [{ role: 'assistant', text: ' ' }] })).toEqual([
      { role: 'system', content: DEFAULT_SYSTEM_PROMPT },
    ]);
  });
});
