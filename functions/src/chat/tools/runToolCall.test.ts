import { HttpsError } from 'firebase-functions/v2/https';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ChatTool, ToolContext } from './ChatTool.ts';
import { MAX_TOOL_ARGUMENT_CHARS, runToolCall } from './runToolCall.ts';

const context: ToolContext = {
  botId: 'bot',
  visitorUid: 'visitor',
  conversationId: 'conversation',
  booking: () => Promise.reject(new Error('not loaded in these tests')),
};

const echoArguments = z.object({ day: z.iso.date(), count: z.int().optional() });
const echo: ChatTool<typeof echoArguments> = {
  name: 'echo',
  description: 'Returns its arguments.',
  arguments: echoArguments,
  run: async (args) => ({ result: { args } }),
};
const refusing: ChatTool = {
  name: 'refusing',
  description: 'Refuses as the domain code does.',
  arguments: z.object({}),
  run: async () => {
    throw new HttpsError('failed-precondition', 'That time is taken.', { reason: 'slot_unavailable' });
  },
};
const broken: ChatTool = {
  name: 'broken',
  description: 'Fails unexpectedly.',
  arguments: z.object({}),
  run: async () => {
    throw new Error('secret internals');
  },
};
const tools = [echo, refusing, broken];

const call = (name: string, argumentsJson: string) => runToolCall(tools, { name, argumentsJson }, context);

describe('runToolCall', () => {
  it('runs the named tool with the arguments parsed by its zod schema', async () => {
    expect(await call('echo', '{"day":"2026-06-02","count":2,"extra":1}')).toEqual({
      result: { args: { day: '2026-06-02', count: 2 } },
    });
  });

  it('reads no arguments as an empty object, and null as an argument left out', async () => {
    expect(await call('refusing', '')).toMatchObject({ result: { reason: 'slot_unavailable' } });
    expect(await call('echo', '{"day":"2026-06-02","count":null}')).toEqual({
      result: { args: { day: '2026-06-02' } },
    });
  });

  it('answers arguments that do not fit the schema with an error naming each argument', async () => {
    expect(await call('echo', '{"day":"June 2nd","count":1.5}')).toEqual({
      result: { error: 'day: Invalid ISO date; count: Invalid input: expected int, received number' },
    });
  });

  it('answers arguments that are not JSON with the parser’s message', async () => {
    const outcome = await call('echo', '{"day":');
    expect(outcome.result).toEqual({ error: expect.stringContaining('JSON'), reason: undefined });
  });

  it('answers an unknown tool by name, cut to 64 characters', async () => {
    expect(await call('teleport', '{}')).toEqual({ result: { error: 'Unknown tool teleport.' } });
    expect(await call('x'.repeat(100_000), '{}')).toEqual({ result: { error: `Unknown tool ${'x'.repeat(64)}.` } });
  });

  it('refuses arguments longer than the limit without parsing them', async () => {
    const huge = `{"day":"2026-06-02","pad":"${'a'.repeat(MAX_TOOL_ARGUMENT_CHARS)}"}`;
    expect(await call('echo', huge)).toEqual({
      result: { error: `The arguments are longer than ${MAX_TOOL_ARGUMENT_CHARS} characters.` },
    });
  });

  it('answers hostile JSON (deep nesting, an array, a string) with an error for the model', async () => {
    for (const hostile of ['['.repeat(8_000) + ']'.repeat(8_000), '[1,2]', '"book it"', '{"__proto__":{"day":1}}']) {
      const outcome = await call('echo', hostile);
      expect(outcome.result).toHaveProperty('error');
    }
  });

  it('hands a refusal of the domain code back with its message and reason, and hides other failures', async () => {
    expect(await call('refusing', '{}')).toEqual({
      result: { error: 'That time is taken.', reason: 'slot_unavailable' },
    });
    expect(await call('broken', '{}')).toEqual({ result: { error: 'The tool failed.', reason: undefined } });
  });
});
