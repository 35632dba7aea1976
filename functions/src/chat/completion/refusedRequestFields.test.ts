import type { ModelRequestField } from '@frontdesk/contract';
import { describe, expect, it } from 'vitest';
import { refusedRequestFields } from './refusedRequestFields.ts';

const all: ModelRequestField[] = ['tools', 'stream_options', 'max_completion_tokens'];
/** The shape of the client's APIError: status, the body's `error` (or the whole body) and a message. */
const refusal = (status: number, body: unknown, code?: string) => ({
  status,
  code,
  error: body,
  message: `${status} ${JSON.stringify(body)}`,
});

describe('refusedRequestFields', () => {
  it("reads Ollama's, vLLM's and llama.cpp's refusals of tools", () => {
    expect(
      refusedRequestFields(
        refusal(400, { message: 'registry.ollama.ai/library/gemma:2b does not support tools' }),
        all,
      ),
    ).toEqual(['tools']);
    expect(
      refusedRequestFields(
        refusal(400, {
          object: 'error',
          message: '"auto" tool choice requires --enable-auto-tool-choice and --tool-call-parser to be set',
        }),
        all,
      ),
    ).toEqual(['tools']);
    expect(refusedRequestFields(refusal(400, { message: 'tools param requires --jinja flag' }), all)).toEqual([
      'tools',
    ]);
    expect(refusedRequestFields(refusal(500, { message: 'Cannot use tools with stream' }), all)).toEqual(['tools']);
  });

  it("reads Mistral's 422 listing every field it forbids, and Azure's unrecognized argument", () => {
    const mistral = {
      object: 'error',
      message: {
        detail: [
          {
            type: 'extra_forbidden',
            loc: ['body', 'stream_options', 'include_usage'],
            msg: 'Extra inputs are not permitted',
          },
          { type: 'extra_forbidden', loc: ['body', 'max_completion_tokens'], msg: 'Extra inputs are not permitted' },
        ],
      },
      type: 'invalid_request_error',
    };
    expect(refusedRequestFields(refusal(422, mistral), all)).toEqual(['stream_options', 'max_completion_tokens']);
    expect(
      refusedRequestFields(refusal(400, { message: 'Unrecognized request argument supplied: stream_options' }), all),
    ).toEqual(['stream_options']);
  });

  it('only names fields the request sent', () => {
    const both = refusal(400, { message: 'stream_options: unknown; this model does not support tools' });
    expect(refusedRequestFields(both, ['stream_options'])).toEqual(['stream_options']);
  });

  it("refuses nothing for other errors, Groq's tool_use_failed included", () => {
    const groq = refusal(
      400,
      {
        message: "Failed to call a function. Please adjust your prompt. See 'failed_generation' for more details.",
        type: 'invalid_request_error',
        code: 'tool_use_failed',
      },
      'tool_use_failed',
    );
    expect(refusedRequestFields(groq, all)).toEqual([]);
    expect(refusedRequestFields(refusal(503, { message: 'tools are not supported' }), all)).toEqual([]);
    expect(
      refusedRequestFields(refusal(400, { message: "This model's maximum context length is 4096 tokens." }), all),
    ).toEqual([]);
    expect(refusedRequestFields(new Error('network'), all)).toEqual([]);
    expect(refusedRequestFields(undefined, all)).toEqual([]);
  });
});
