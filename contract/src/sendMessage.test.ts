import { describe, expect, it } from 'vitest';
import { formatZodError } from './formatZodError.ts';
import { MAX_MESSAGE_LENGTH, sendMessageRequestSchema } from './sendMessage.ts';

const problems = (data: unknown) => {
  const result = sendMessageRequestSchema.safeParse(data);
  return result.success ? null : formatZodError(result.error);
};

describe('sendMessageRequestSchema', () => {
  it('accepts a message, trimming it, with or without a conversation id', () => {
    expect(sendMessageRequestSchema.parse({ botId: 'demo', text: '  Hi  ' })).toEqual({ botId: 'demo', text: 'Hi' });
    expect(
      sendMessageRequestSchema.parse({ botId: 'demo', conversationId: 'abc_DEF-1', text: 'Hi' }).conversationId,
    ).toBe('abc_DEF-1');
  });

  it('names each field that is wrong, in words a person can act on', () => {
    expect(problems({ botId: 'demo', text: '   ' })).toBe('text: must not be empty');
    expect(problems({ botId: 'demo', text: 'x'.repeat(MAX_MESSAGE_LENGTH + 1) })).toBe(
      `text: must be at most ${MAX_MESSAGE_LENGTH} characters`,
    );
    expect(problems({ botId: '../etc', text: 'Hi' })).toBe('botId: must be 1–128 letters, digits, "_" or "-"');
    expect(problems({ text: 'Hi' })).toBe('botId: must be a string');
    expect(problems({ botId: 'demo', text: 'Hi', admin: true })).toBe('unknown field(s): admin');
    expect(problems({ botId: 'demo', conversationId: 'c1', text: 'Hi', regenerate: true })).toBe(
      'regenerate: needs the conversationId and clientMessageId of the question to answer again',
    );
    expect(problems({ botId: 'demo', conversationId: 'c1', clientMessageId: 'm1', text: 'Hi', regenerate: true })).toBe(
      null,
    );
  });
});
