/**
 * What the fake OpenAI-compatible server does for one request. A test registers scripts; a request uses
 * the first script whose `match` occurs in its last user message.
 */
export interface ModelScript {
  match: string;
  /** How many requests the script answers before it is used up; default: every matching request. */
  times?: number;
  /** Answer with this HTTP error instead of a stream (e.g. 429, 500). */
  status?: number;
  /** With `status: 429`: the `retry-after` header, in seconds. */
  retryAfterSeconds?: number;
  /** The reply, split into `chunks` if given, else into word-sized tokens. */
  text?: string;
  chunks?: string[];
  /** Wait before the first chunk and between chunks. */
  firstChunkDelayMs?: number;
  delayMs?: number;
  /** Send this many chunks, then keep the connection open and silent: a stalled stream. */
  stallAfterChunks?: number;
  /**
   * Send this many chunks, then hold the stream until the test releases the script's `match` (an empty
   * chunk every 500 ms keeps the reply's idle timer from firing), then go on. Lets a test look at a reply
   * while it streams, however slow the machine.
   */
  holdAfterChunks?: number;
  /** Close the connection without any response: a network failure. */
  dropConnection?: boolean;
  /** Ask the client to call tools instead of (or after) text. */
  toolCalls?: Array<{ name: string; arguments: string }>;
  /** The answer once the client sends the tools' results back (the request then ends with a tool message). */
  textAfterTools?: string;
  /** Reported usage; default: estimated from characters. */
  usage?: { promptTokens: number; completionTokens: number };
  /** With `status`: the error body exactly as a provider sends it (default: OpenAI's wording). */
  errorBody?: unknown;
  /**
   * A recorded stream, replayed as is: the raw text of the response body, each element written on its own
   * (SSE framing, comments and `data: [DONE]` included). `holdAfterChunks` counts these. See fixtures/.
   */
  frames?: string[];
  /** The recorded stream of the answer once the client sends the tools' results back. */
  framesAfterTools?: string[];
  /** Replaces `{{name}}` in the frames, e.g. a slot's start time that only the test knows. */
  values?: Record<string, string>;
  /** Refuse requests that carry any of these fields (e.g. `stream_options`) with this error, as the provider does. */
  refusal?: { fields: string[]; status: number; body: unknown };
}

/** Word-sized tokens that keep their whitespace, so joining them gives back the text. */
export function splitIntoTokens(text: string): string[] {
  return text.match(/\s*\S+\s*/g) ?? [];
}
