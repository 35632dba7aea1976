import type { ModelRequestField } from '@frontdesk/contract';
import OpenAI, { APIError } from 'openai';
import { rateLimitRetryDelay } from '../domain/chat/rateLimitRetryDelay.ts';
import { createThinkFilter } from './completion/createThinkFilter.ts';
import { type AssembledToolCall, createToolCallAssembler } from './completion/createToolCallAssembler.ts';
import { isRecord, readDelta } from './completion/readDelta.ts';
import { type CompletionUsage, readUsage } from './completion/readUsage.ts';
import { refusedRequestFields } from './completion/refusedRequestFields.ts';
import { MAX_TOOL_ARGUMENT_CHARS } from './tools/runToolCall.ts';

export type { CompletionUsage } from './completion/readUsage.ts';
export type ToolCall = AssembledToolCall;

/** Tool calls one answer may make; more are dropped. */
const MAX_TOOL_CALLS_PER_ANSWER = 8;
/** The longest answer one call may write (16,384 output tokens are about 65,000 characters). */
const MAX_ANSWER_CHARS = 100_000;
/** The longest reasoning one call may stream before it counts as broken. */
const MAX_REASONING_CHARS = 1_000_000;

export interface CompletionResult {
  /** The answer the visitor may see: reasoning left out. */
  text: string;
  /** What the model reasoned before answering (`<think>` blocks and reasoning fields), for the team only. */
  reasoning: string;
  usage: CompletionUsage | null;
  /** Tools the model asked to call (those with a name); empty when it answered with text only. */
  toolCalls: ToolCall[];
  /** Request fields the provider refused on this call; the call was made again without them. */
  refused: ModelRequestField[];
}

export interface CompletionRequest {
  baseURL: string;
  apiKey: string;
  model: string;
  messages: OpenAI.Chat.Completions.ChatCompletionMessageParam[];
  tools?: OpenAI.Chat.Completions.ChatCompletionTool[];
  temperature: number | null;
  maxOutputTokens: number;
  /** Fields this model's provider is known to refuse: left out from the start. */
  omitFields?: readonly ModelRequestField[];
  /** Added to the system message when the provider refuses the tools, so the model says how to book instead. */
  toolsUnavailableNote?: string;
  /** Until the provider's response headers arrive. */
  connectTimeoutMs: number;
  /** Longest silence between two chunks of the stream. */
  idleTimeoutMs: number;
  /** After a 429, retry once when `retry-after` is at most this long. */
  maxRetryWaitMs: number;
  /** Aborts everything: the overall deadline of the reply. */
  signal: AbortSignal;
  /** Called with the whole visible text so far each time it changes. */
  onText: (text: string) => void;
  /** Called when reasoning arrives: the model is working, though nothing can be shown yet. */
  onReasoning?: () => void;
}

/** The stream went silent for longer than the idle timeout. */
export class StreamIdleTimeoutError extends Error {
  override name = 'StreamIdleTimeoutError';
}

/** The stream ended without a finish reason (or with `error`): the provider or the network cut it off. */
export class IncompleteStreamError extends Error {
  override name = 'IncompleteStreamError';
}

/** The provider kept streaming far past any output limit: the answer is cut there and the reply fails. */
export class OverlongAnswerError extends Error {
  override name = 'OverlongAnswerError';
}

/**
 * Streams one Chat Completions reply from any OpenAI-compatible server. Throws the client's errors, after two
 * kinds of retry: once after a 429 with a short `retry-after`, and once without the request fields a provider
 * refuses (`stream_options`, `tools`, `max_completion_tokens`: see refusedRequestFields), which it reports.
 */
export async function streamCompletion(request: CompletionRequest): Promise<CompletionResult> {
  const client = new OpenAI({
    baseURL: request.baseURL,
    apiKey: request.apiKey,
    maxRetries: 0,
    timeout: request.connectTimeoutMs,
  });
  const omitted = new Set(request.omitFields ?? []);
  try {
    return { ...(await withRateLimitRetry(client, request, omitted)), refused: [] };
  } catch (error) {
    const refused = refusedRequestFields(error, sentFields(request, omitted));
    if (refused.length === 0) throw error;
    for (const field of refused) omitted.add(field);
    return { ...(await withRateLimitRetry(client, request, omitted)), refused };
  }
}

async function withRateLimitRetry(client: OpenAI, request: CompletionRequest, omitted: Set<ModelRequestField>) {
  try {
    return await attempt(client, request, omitted);
  } catch (error) {
    if (!(error instanceof APIError) || error.status !== 429) throw error;
    const wait = rateLimitRetryDelay(error.headers?.get('retry-after') ?? null, {
      now: Date.now(),
      maxWaitMs: request.maxRetryWaitMs,
    });
    if (wait === null) throw error;
    await sleep(wait, request.signal);
    return attempt(client, request, omitted);
  }
}

/** The optional fields a request sends with these fields omitted. */
function sentFields(request: CompletionRequest, omitted: Set<ModelRequestField>): ModelRequestField[] {
  const sent: ModelRequestField[] = ['stream_options', 'max_completion_tokens'];
  if (request.tools?.length) sent.push('tools');
  return sent.filter((field) => !omitted.has(field));
}

/** The request body, without the omitted fields (`max_tokens` stands in for `max_completion_tokens`). */
function requestBody(request: CompletionRequest, omitted: Set<ModelRequestField>) {
  const withTools = Boolean(request.tools?.length) && !omitted.has('tools');
  const note = request.tools?.length && !withTools ? request.toolsUnavailableNote : undefined;
  return {
    model: request.model,
    messages: note ? withSystemNote(request.messages, note) : request.messages,
    stream: true as const,
    ...(omitted.has('stream_options') ? {} : { stream_options: { include_usage: true } }),
    ...(omitted.has('max_completion_tokens')
      ? { max_tokens: request.maxOutputTokens }
      : { max_completion_tokens: request.maxOutputTokens }),
    ...(withTools ? { tools: request.tools } : {}),
    ...(request.temperature === null ? {} : { temperature: request.temperature }),
  };
}

function withSystemNote(
  messages: OpenAI.Chat.Completions.ChatCompletionMessageParam[],
  note: string,
): OpenAI.Chat.Completions.ChatCompletionMessageParam[] {
  const [first, ...rest] = messages;
  if (first?.role === 'system' && typeof first.content === 'string') {
    return [{ role: 'system', content: `${first.content}\n\n${note}` }, ...rest];
  }
  return [{ role: 'system', content: note }, ...messages];
}

async function attempt(
  client: OpenAI,
  request: CompletionRequest,
  omitted: Set<ModelRequestField>,
): Promise<Omit<CompletionResult, 'refused'>> {
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
    const stream = await client.chat.completions.create(requestBody(request, omitted), { signal });
    armIdleTimer();
    const answer = createThinkFilter();
    const toolCalls = createToolCallAssembler({
      maxCalls: MAX_TOOL_CALLS_PER_ANSWER,
      maxArgumentChars: MAX_TOOL_ARGUMENT_CHARS,
    });
    let usage: CompletionUsage | null = null;
    let finishReason: unknown = null;
    let shownVersion = 0;
    const showText = () => {
      if (answer.version === shownVersion) return;
      shownVersion = answer.version;
      request.onText(answer.text);
    };
    for await (const chunk of stream as AsyncIterable<unknown>) {
      armIdleTimer();
      // Chunks are read as untyped JSON: providers add, rename and omit fields the client's types promise.
      const choice = firstChoice(chunk);
      const delta = readDelta(choice?.delta);
      if (delta.reasoning) {
        answer.addReasoning(delta.reasoning);
        request.onReasoning?.();
      }
      if (delta.content) {
        const reasoningBefore = answer.reasoning.length;
        answer.push(delta.content);
        if (answer.reasoning.length > reasoningBefore) request.onReasoning?.();
        if (answer.text.length > MAX_ANSWER_CHARS) {
          throw new OverlongAnswerError(`The model's answer went past ${MAX_ANSWER_CHARS} characters.`);
        }
        showText();
      }
      if (answer.reasoning.length > MAX_REASONING_CHARS) {
        throw new OverlongAnswerError(`The model's reasoning went past ${MAX_REASONING_CHARS} characters.`);
      }
      const parts = isRecord(choice?.delta) ? choice.delta.tool_calls : undefined;
      for (const part of Array.isArray(parts) ? parts : []) toolCalls.add(part);
      if (choice?.finish_reason) finishReason = choice.finish_reason;
      usage = readUsage(chunk) ?? usage;
    }
    // An aborted stream ends its iteration quietly instead of throwing, so the abort is checked here.
    if (signal.aborted) throw signal.reason;
    if (!finishReason || finishReason === 'error') {
      throw new IncompleteStreamError('The model stream ended before its finish reason.');
    }
    answer.end();
    showText();
    return {
      text: answer.text,
      reasoning: answer.reasoning,
      usage,
      toolCalls: toolCalls.calls().filter((call) => call.name.trim() !== ''),
    };
  } catch (error) {
    if (idle.signal.aborted) throw idle.signal.reason;
    throw error;
  } finally {
    clearTimeout(idleTimer);
  }
}

/** The first choice of a chunk, if it has any (Azure's content-filter chunks have none). */
function firstChoice(chunk: unknown): Record<string, unknown> | undefined {
  if (!isRecord(chunk) || !Array.isArray(chunk.choices)) return undefined;
  const choices = chunk.choices.filter(isRecord);
  return choices.find((choice) => choice.index === 0 || choice.index === undefined) ?? choices[0];
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
