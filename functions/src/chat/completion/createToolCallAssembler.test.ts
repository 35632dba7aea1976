import { describe, expect, it } from 'vitest';
import { createToolCallAssembler } from './createToolCallAssembler.ts';

function assemble(parts: unknown[], limits = { maxCalls: 8, maxArgumentChars: 1_000 }) {
  const assembler = createToolCallAssembler(limits);
  for (const part of parts) assembler.add(part);
  return { calls: assembler.calls(), dropped: assembler.dropped };
}

const slots = { from_date: '2026-06-02', to_date: '2026-06-03' };
const book = { start: '2026-06-02T09:00+02:00', duration_minutes: 30 };

describe('createToolCallAssembler', () => {
  it('assembles OpenAI framing: indexed parts, name first, arguments split, several calls', () => {
    const { calls } = assemble([
      { index: 0, id: 'call_a', type: 'function', function: { name: 'find_available_slots', arguments: '' } },
      { index: 0, function: { arguments: '{"from_date":"2026-06-02",' } },
      { index: 1, id: 'call_b', type: 'function', function: { name: 'book_appointment', arguments: '{"start":' } },
      { index: 0, function: { arguments: '"to_date":"2026-06-03"}' } },
      { index: 1, function: { arguments: '"2026-06-02T09:00+02:00","duration_minutes":30}' } },
    ]);
    expect(calls).toEqual([
      { id: 'call_a', name: 'find_available_slots', arguments: JSON.stringify(slots), extra: {} },
      { id: 'call_b', name: 'book_appointment', arguments: JSON.stringify(book), extra: {} },
    ]);
  });

  it('assembles calls without index, whole or split (old Ollama, Gemini), and keeps extra fields', () => {
    const signature = { google: { thought_signature: 'c2lnbmF0dXJl' } };
    const { calls } = assemble([
      {
        id: 'function-call-1',
        type: 'function',
        function: { name: 'find_available_slots', arguments: '{"from_date":' },
      },
      { function: { arguments: '"2026-06-02","to_date":"2026-06-03"}' } },
      { extra_content: signature },
      {
        id: 'function-call-2',
        type: 'function',
        function: { name: 'book_appointment', arguments: JSON.stringify(book) },
      },
    ]);
    expect(calls).toEqual([
      {
        id: 'function-call-1',
        name: 'find_available_slots',
        arguments: JSON.stringify(slots),
        extra: { extra_content: signature },
      },
      { id: 'function-call-2', name: 'book_appointment', arguments: JSON.stringify(book), extra: {} },
    ]);
  });

  it('starts a new call for a name without id or index, and gives calls without id one', () => {
    const { calls } = assemble([
      { function: { name: 'find_available_slots', arguments: JSON.stringify(slots) } },
      { function: { name: 'book_appointment', arguments: JSON.stringify(book) } },
    ]);
    expect(calls.map((call) => [call.id, call.name])).toEqual([
      ['call_1', 'find_available_slots'],
      ['call_2', 'book_appointment'],
    ]);
  });

  it('separates calls that all say index 0 but have different ids (ollama/ollama#15457)', () => {
    const { calls } = assemble([
      { index: 0, id: 'abc', function: { name: 'find_available_slots', arguments: JSON.stringify(slots) } },
      { index: 0, id: 'def', function: { name: 'book_appointment', arguments: '{"start":"2026-06-02T09:00+02:00",' } },
      { index: 0, function: { arguments: '"duration_minutes":30}' } },
    ]);
    expect(calls.map((call) => [call.id, call.name, call.arguments])).toEqual([
      ['abc', 'find_available_slots', JSON.stringify(slots)],
      ['def', 'book_appointment', JSON.stringify(book)],
    ]);
  });

  it('keeps a name repeated on every part once, and joins a split name', () => {
    const { calls } = assemble([
      { index: 0, id: 'x', function: { name: 'book_', arguments: '{' } },
      { index: 0, function: { name: 'appointment', arguments: '}' } },
      { index: 1, id: 'y', function: { name: 'find_available_slots' } },
      { index: 1, function: { name: 'find_available_slots', arguments: '{}' } },
    ]);
    expect(calls.map((call) => call.name)).toEqual(['book_appointment', 'find_available_slots']);
  });

  it('turns arguments sent as an object into JSON text', () => {
    expect(assemble([{ id: 'a', function: { name: 'book_appointment', arguments: book } }]).calls[0]?.arguments).toBe(
      JSON.stringify(book),
    );
  });

  it('withstands hostile parts: junk, too many calls, endless arguments, prototype keys', () => {
    const junk = [null, 7, 'x', [], { index: 'zero' }, { function: 'book_appointment' }];
    const many = Array.from({ length: 50 }, (_, index) => ({ index, id: `c${index}`, function: { name: 'x' } }));
    const endless = Array.from({ length: 100 }, () => ({ index: 0, function: { arguments: 'a'.repeat(100) } }));
    const { calls, dropped } = assemble(
      [
        ...endless,
        ...junk,
        ...many.slice(1),
        JSON.parse('{"index":0,"__proto__":{"polluted":true},"extra_content":{"__proto__":{"polluted":true}}}'),
      ],
      { maxCalls: 8, maxArgumentChars: 1_000 },
    );
    expect(calls).toHaveLength(8);
    expect(dropped).toBeGreaterThan(40);
    expect(calls[0]?.arguments).toHaveLength(1_001);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(calls[0]?.extra).toEqual({ extra_content: {} });
  });
});
