import { describe, expect, it } from 'vitest';
import { readUsage } from './readUsage.ts';

describe('readUsage', () => {
  it('reads usage, with reasoning tokens included in completion tokens as OpenAI counts them', () => {
    const usage = {
      prompt_tokens: 100,
      completion_tokens: 300,
      total_tokens: 400,
      completion_tokens_details: { reasoning_tokens: 250 },
    };
    expect(readUsage({ choices: [], usage })).toEqual({ promptTokens: 100, completionTokens: 300 });
  });

  it('counts thinking a provider leaves out of completion tokens but puts in the total (Gemini)', () => {
    const usage = { prompt_tokens: 640, completion_tokens: 32, total_tokens: 1072 };
    expect(readUsage({ usage })).toEqual({ promptTokens: 640, completionTokens: 432 });
  });

  it("reads Groq's x_groq.usage", () => {
    expect(readUsage({ x_groq: { id: 'req_1', usage: { prompt_tokens: 23, completion_tokens: 19 } } })).toEqual({
      promptTokens: 23,
      completionTokens: 19,
    });
  });

  it('ignores chunks without usage and counts that are not whole non-negative numbers', () => {
    for (const chunk of [
      {},
      { usage: null },
      { usage: { prompt_tokens: -1, completion_tokens: 2 } },
      { usage: { prompt_tokens: 1.5, completion_tokens: 2 } },
      { usage: { prompt_tokens: '1', completion_tokens: 2 } },
      { usage: { prompt_tokens: 1e300, completion_tokens: 2 } },
      null,
    ]) {
      expect(readUsage(chunk)).toBeNull();
    }
  });
});
