import OpenAI, { APIError } from 'openai';
import { rateLimitRetryDelay } from '../domain/chat/rateLimitRetryDelay.ts';

export interface CompletionUsage {
  promptTokens: number;
  completionTokens: number;
}

export interface ToolCall {
  id: string;
  name: string;
  arguments: string;
}

export interface CompletionResult {
  text: string;
  usage: CompletionUsage | null;
  /** Tools the model asked to call; empty when it answered with text only. */
  toolCalls: ToolCall[];
}

export interface CompletionRequest {
  baseURL: string;
  apiKey: string;
  model: string;
  messages: OpenAI.Chat.Completions.ChatCompletionMessageParam[];
  tools?: OpenAI.Chat.Completions.ChatCompletionTool[];
  temperature: number | null;
  maxOutputTokens: number;
  /** Until the provider's response headers arrive. */
  connectTimeoutMs: number;
  /** Longest silence between two chunks of the stream. */
  idleTimeoutMs: number;
  /** After a 429, retry once when `retry-after` is at most this long. */
  maxRetryWaitMs: number;
  /** Aborts everything: the overall deadline of the reply. */
  signal: AbortSignal;
  /** Called with the whole text so far each time a token arrives. */
  onText: (text: string) => void;
}

/** The stream went silent for longer than the idle timeout. */
export class StreamIdleTimeoutError extends Error {
  override name = 'StreamIdleTimeoutError';
}

/** The stream ended without a finish reason: the provider or the network cut it off. */
export class IncompleteStreamError extends Error {
  override name = 'IncompleteStreamError';
}

/** Streams one Chat Completions reply from any OpenAI-compatible server. Throws the client's errors. */
export async function streamCompletion(request: CompletionRequest): Promise<CompletionResult> {
  const client = new OpenAI({
    baseURL: request.baseURL,
    apiKey: request.apiKey,
    maxRetries: 0,
    timeout: request.connectTimeoutMs,
  });
  try {
    return await attempt(client, request);
  } catch (error) {
    if (!(error instanceof APIError) || error.status !== 429) throw error;
    const wait = rateLimitRetryDelay(error.headers?.get('retry-after') ?? null, {
      now: Date.now(),
      maxWaitMs: request.maxRetryWaitMs,
    });
    if (wait === null) throw error;
    await sleep(wait, request.signal);
    return attempt(client, request);
  }
}

async function attempt(client: OpenAI, request: CompletionRequest): Promise<CompletionResult> {
  const idle = new AbortController();
  const signal = AbortSignal.any([request.signal, idle.signal]);
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  const armIdleTimer = () => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(
      () => idle.abort(new StreamIdleTimeoutError('The model stream stalled.')),
      request.idleTimeoutMs,
    );
  };
  try {
    const stream = await client.chat.completions.create(
      {
        model: request.model,
        messages: request.messages,
        stream: true,
        stream_options: { include_usage: true },
        max_completion_tokens: request.maxOutputTokens,
        ...(request.tools?.length ? { tools: request.tools } : {}),
        ...(request.temperature === null ? {} : { temperature: request.temperature }),
      },
      { signal },
    );
    armIdleTimer();
    let text = '';
    let usage: CompletionUsage | null = null;
    let finished = false;
    const toolCalls: ToolCall[] = [];
    for await (const chunk of stream) {
      armIdleTimer();
      const choice = chunk.choices[0];
      if (choice?.delta?.content) {
        text += choice.delta.content;
        request.onText(text);
      }
      // Tool calls arrive in pieces: the first names the call, later ones append to its arguments.
      for (const part of choice?.delta?.tool_calls ?? []) {
        toolCalls[part.index] ??= { id: '', name: '', arguments: '' };
        const call = toolCalls[part.index] as ToolCall;
        if (part.id) call.id = part.id;
        if (part.function?.name) call.name += part.function.name;
        if (part.function?.arguments) call.arguments += part.function.arguments;
      }
      if (choice?.finish_reason) finished = true;
      if (chunk.usage) {
        usage = { promptTokens: chunk.usage.prompt_tokens, completionTokens: chunk.usage.completion_tokens };
      }
    }
    // An aborted stream ends its iteration quietly instead of throwing, so the abort is checked here.
    if (signal.aborted) throw signal.reason;
    if (!finished) throw new IncompleteStreamError('The model stream ended before its finish reason.');
    return { text, usage, toolCalls: toolCalls.filter(Boolean) };
  } catch (error) {
    if (idle.signal.aborted) throw idle.signal.reason;
    throw error;
  } finally {
    clearTimeout(idleTimer);
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}
