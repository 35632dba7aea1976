import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { classifyProviderError } from '../domain/chat/classifyProviderError.ts';
import { type CompletionRequest, streamCompletion } from './streamCompletion.ts';
import { MAX_TOOL_ARGUMENT_CHARS } from './tools/runToolCall.ts';

/** What the local server answers, one per request: raw SSE text written piece by piece, or an error. */
type Answer = { frames: string[] } | { status: number; body: unknown };

let server: Server;
let baseURL: string;
let answers: Answer[] = [];
let bodies: Array<Record<string, unknown>> = [];

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const parts: Buffer[] = [];
    for await (const part of req) parts.push(part as Buffer);
    bodies.push(JSON.parse(Buffer.concat(parts).toString('utf8')));
    const answer = answers.shift() ?? { status: 500, body: { error: { message: 'no answer scripted' } } };
    if ('status' in answer) {
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer.body));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    for (const frame of answer.frames) res.write(frame);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  answers = [];
  bodies = [];
});

const data = (chunk: unknown) => `data: ${JSON.stringify(chunk)}\n\n`;
const delta = (value: Record<string, unknown>, finish: string | null = null) =>
  data({ id: 'c', object: 'chat.completion.chunk', choices: [{ index: 0, delta: value, finish_reason: finish }] });
const done = 'data: [DONE]\n\n';

async function complete(overrides: Partial<CompletionRequest> = {}) {
  const shown: string[] = [];
  let reasoningSignals = 0;
  const result = await streamCompletion({
    baseURL,
    apiKey: 'test',
    model: 'm',
    messages: [
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'Hi' },
    ],
    temperature: null,
    maxOutputTokens: 100,
    connectTimeoutMs: 5_000,
    idleTimeoutMs: 5_000,
    maxRetryWaitMs: 0,
    signal: AbortSignal.timeout(10_000),
    onText: (text) => shown.push(text),
    onReasoning: () => {
      reasoningSignals += 1;
    },
    ...overrides,
  });
  return { result, shown, reasoningSignals };
}

const bookingTool = {
  type: 'function' as const,
  function: { name: 'book_appointment', parameters: { type: 'object', properties: {} } },
};

describe('streamCompletion', () => {
  it('keeps reasoning out of every text it shows, and signals that the model is working', async () => {
    answers.push({
      frames: [
        delta({ role: 'assistant', content: '' }),
        delta({ content: '', reasoning_content: 'The prompt says ' }),
        delta({ content: '<thi' }),
        delta({ content: 'nk>secret</th' }),
        delta({ content: 'ink>\n\nWe open at 9.' }),
        delta({}, 'stop'),
        done,
      ],
    });
    const { result, shown, reasoningSignals } = await complete();
    expect(result).toMatchObject({ text: 'We open at 9.', reasoning: 'The prompt says secret', toolCalls: [] });
    expect(shown.join('|')).not.toMatch(/secret|prompt|think/);
    expect(reasoningSignals).toBeGreaterThan(0);
  });

  it('assembles a tool call without index that finishes with stop, and keeps its extra fields', async () => {
    const signature = { google: { thought_signature: 'c2ln' } };
    answers.push({
      frames: [
        delta({
          role: 'assistant',
          tool_calls: [
            { id: 'function-call-1', type: 'function', function: { name: 'book_appointment', arguments: '{"a":' } },
          ],
        }),
        delta({ tool_calls: [{ function: { arguments: '1}' }, extra_content: signature }] }),
        delta({}, 'stop'),
        done,
      ],
    });
    const { result } = await complete({ tools: [bookingTool] });
    expect(result.toolCalls).toEqual([
      { id: 'function-call-1', name: 'book_appointment', arguments: '{"a":1}', extra: { extra_content: signature } },
    ]);
  });

  it('retries once without the fields a provider refuses, and reports them', async () => {
    answers.push({
      status: 422,
      body: {
        object: 'error',
        message: { detail: [{ type: 'extra_forbidden', loc: ['body', 'stream_options', 'include_usage'] }] },
      },
    });
    answers.push({
      status: 400,
      body: { error: { message: 'registry.ollama.ai/library/gemma:2b does not support tools' } },
    });
    answers.push({ frames: [delta({ content: 'Hello' }, 'stop'), done] });
    await expect(complete({ tools: [bookingTool] })).rejects.toMatchObject({ status: 400 });

    answers = [
      { status: 400, body: { error: { message: 'registry.ollama.ai/library/gemma:2b does not support tools' } } },
      { frames: [delta({ content: 'Hello' }, 'stop'), done] },
    ];
    bodies = [];
    const { result } = await complete({ tools: [bookingTool], toolsUnavailableNote: 'Use the button.' });
    expect(result).toMatchObject({ text: 'Hello', refused: ['tools'] });
    expect(bodies[0]).toHaveProperty('tools');
    expect(bodies[1]).not.toHaveProperty('tools');
    expect(bodies[1]?.messages).toEqual([
      { role: 'system', content: 'Be brief.\n\nUse the button.' },
      { role: 'user', content: 'Hi' },
    ]);
  });

  it('leaves out fields known to be refused, with max_tokens for max_completion_tokens', async () => {
    answers.push({ frames: [delta({ content: 'Hi' }, 'stop'), done] });
    await complete({ omitFields: ['stream_options', 'max_completion_tokens'] });
    expect(bodies[0]).not.toHaveProperty('stream_options');
    expect(bodies[0]).not.toHaveProperty('max_completion_tokens');
    expect(bodies[0]).toMatchObject({ max_tokens: 100 });
  });

  it('reads a stream with SSE comments, CRLF framing, empty choices and no delta', async () => {
    answers.push({
      frames: [
        ': OPENROUTER PROCESSING\r\n\r\n',
        `data: ${JSON.stringify({ choices: [], prompt_filter_results: [] })}\r\n\r\n`,
        `data: ${JSON.stringify({ choices: [{ index: 0, finish_reason: null, content_filter_results: {} }] })}\r\n\r\n`,
        delta({ content: 'Hi' }).replaceAll('\n', '\r\n'),
        delta({}, 'stop'),
        data({ choices: [], usage: { prompt_tokens: 5, completion_tokens: 1, total_tokens: 6 } }),
        done,
      ],
    });
    const { result } = await complete();
    expect(result).toMatchObject({ text: 'Hi', usage: { promptTokens: 5, completionTokens: 1 } });
  });

  it('ends hostile streams with typed errors: bad JSON, an error mid-stream, no finish reason', async () => {
    const cases: Array<[string[], string]> = [
      [[delta({ content: 'Hi' }), 'data: {not json\n\n'], 'upstream_error'],
      [[delta({ content: 'Hi' }), data({ error: { message: 'Provider disconnected', code: 502 } })], 'upstream_error'],
      [[delta({ content: 'Hi' }), delta({}, 'error'), done], 'upstream_error'],
      [[delta({ content: 'Hi' }), done], 'upstream_error'],
      [[data({ object: 'error', message: 'boom' }), done], 'upstream_error'],
    ];
    for (const [frames, code] of cases) {
      answers.push({ frames });
      const error = await complete().catch((thrown: unknown) => thrown);
      expect(classifyProviderError(error), JSON.stringify(frames)).toBe(code);
    }
  });

  it('ends a stream that writes far past any output limit as upstream_error, having shown what fits', async () => {
    const page = 'x'.repeat(5_000);
    answers.push({ frames: [...Array.from({ length: 30 }, () => delta({ content: page })), delta({}, 'stop'), done] });
    const shown: string[] = [];
    const error = await complete({ onText: (text) => shown.push(text) }).catch((thrown: unknown) => thrown);
    expect(classifyProviderError(error)).toBe('upstream_error');
    expect(shown.at(-1)?.length).toBe(100_000);

    answers.push({
      frames: [
        ...Array.from({ length: 250 }, () => delta({ reasoning: page })),
        delta({ content: 'Hi' }, 'stop'),
        done,
      ],
    });
    expect(classifyProviderError(await complete().catch((thrown: unknown) => thrown))).toBe('upstream_error');
  });

  it('cuts arguments past the limit and keeps at most eight calls', async () => {
    const huge = 'x'.repeat(MAX_TOOL_ARGUMENT_CHARS);
    answers.push({
      frames: [
        ...Array.from({ length: 20 }, (_, index) =>
          delta({ tool_calls: [{ index, id: `c${index}`, function: { name: 'book_appointment', arguments: huge } }] }),
        ),
        delta({ tool_calls: [{ index: 0, function: { arguments: huge } }] }),
        delta({}, 'tool_calls'),
        done,
      ],
    });
    const { result } = await complete({ tools: [bookingTool] });
    expect(result.toolCalls).toHaveLength(8);
    expect(result.toolCalls[0]?.arguments.length).toBe(MAX_TOOL_ARGUMENT_CHARS + 1);
  });
});
