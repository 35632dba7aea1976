import OpenAI from 'openai';
import type { PromptMessage } from '../domain/buildPrompt.ts';

export interface CompletionUsage {
  promptTokens: number;
  completionTokens: number;
}

export interface CompletionResult {
  text: string;
  usage: CompletionUsage | null;
}

export interface CompletionRequest {
  baseURL: string;
  apiKey: string;
  model: string;
  messages: PromptMessage[];
  /** Aborts the request and the stream; the caller owns the timeout. */
  signal: AbortSignal;
  /** Called with the whole text so far each time a token arrives. */
  onText: (text: string) => void;
}

/** Streams one Chat Completions reply from any OpenAI-compatible server. Throws the client's errors. */
export async function streamCompletion(request: CompletionRequest): Promise<CompletionResult> {
  const client = new OpenAI({ baseURL: request.baseURL, apiKey: request.apiKey, maxRetries: 0 });
  const stream = await client.chat.completions.create(
    {
      model: request.model,
      messages: request.messages,
      stream: true,
      stream_options: { include_usage: true },
    },
    { signal: request.signal },
  );
  let text = '';
  let usage: CompletionUsage | null = null;
  for await (const chunk of stream) {
    const delta = chunk.choices[0]?.delta?.content;
    if (delta) {
      text += delta;
      request.onText(text);
    }
    if (chunk.usage) {
      usage = { promptTokens: chunk.usage.prompt_tokens, completionTokens: chunk.usage.completion_tokens };
    }
  }
  return { text, usage };
}
