import { describe, expect, it } from 'vitest';
import { assistantToolCallMessage } from './assistantToolCallMessage.ts';

describe('assistantToolCallMessage', () => {
  it('sends each call back with the fields its provider added, and invalid arguments as {}', () => {
    const signature = { google: { thought_signature: 'c2ln' } };
    expect(
      assistantToolCallMessage('', [
        {
          id: 'a',
          name: 'find_available_slots',
          arguments: '{"from_date":"2026-06-02"}',
          extra: { extra_content: signature },
        },
        { id: 'b', name: 'book_appointment', arguments: '{"start":', extra: {} },
        { id: 'c', name: 'book_appointment', arguments: '', extra: { id: 'forged', type: 'forged' } },
      ]),
    ).toEqual({
      role: 'assistant',
      content: null,
      tool_calls: [
        {
          id: 'a',
          type: 'function',
          function: { name: 'find_available_slots', arguments: '{"from_date":"2026-06-02"}' },
          extra_content: signature,
        },
        { id: 'b', type: 'function', function: { name: 'book_appointment', arguments: '{}' } },
        { id: 'c', type: 'function', function: { name: 'book_appointment', arguments: '{}' } },
      ],
    });
  });
});
