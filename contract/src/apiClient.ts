import type { z } from 'zod';
import type {
  ApiBookingRequest,
  ApiChatEvent,
  ApiChatRequest,
  ApiError,
  ApiTranscript,
  apiSlotsQuerySchema,
} from './api.ts';
import type { BookSlotResponse, ListSlotsResponse } from './booking.ts';

/**
 * A small typed client of the HTTP API (`/api/v1`) for servers, with no dependencies: `fetch` and web streams,
 * as in Node 18+ and Deno. `chat` yields the stream's events as they arrive:
 *
 *   const api = frontdeskApiClient({ baseUrl: 'https://your-site.web.app', key: process.env.FRONTDESK_KEY });
 *   for await (const event of api.chat({ message: 'When do you open?' })) if (event.type === 'token') write(event.text);
 */
export function frontdeskApiClient(options: { baseUrl: string; key: string; fetch?: typeof fetch }) {
  const doFetch = options.fetch ?? fetch;
  const url = (path: string) => `${options.baseUrl.replace(/\/$/, '')}/api/v1${path}`;
  const headers = { authorization: `Bearer ${options.key}` };

  async function json<T>(path: string, init: RequestInit = {}): Promise<T> {
    const response = await doFetch(url(path), { ...init, headers: { ...headers, ...init.headers } });
    if (!response.ok) throw await ApiRequestError.from(response);
    return (await response.json()) as T;
  }

  return {
    /**
     * Sends a message (or resumes a stream with `conversationId` and `lastEventId`) and yields the events.
     * Throws ApiRequestError when the request is refused before the stream opens.
     */
    async *chat(
      request: ApiChatRequest,
      chatOptions: { idempotencyKey?: string; format?: 'ndjson' | 'sse'; signal?: AbortSignal } = {},
    ): AsyncGenerator<ApiChatEvent> {
      const response = await doFetch(url('/chat'), {
        method: 'POST',
        headers: {
          ...headers,
          'content-type': 'application/json',
          accept: chatOptions.format === 'sse' ? 'text/event-stream' : 'application/x-ndjson',
          ...(chatOptions.idempotencyKey ? { 'idempotency-key': chatOptions.idempotencyKey } : {}),
        },
        body: JSON.stringify(request),
        signal: chatOptions.signal,
      });
      if (!response.ok || !response.body) throw await ApiRequestError.from(response);
      yield* readEvents(response.body, chatOptions.format ?? 'ndjson');
    },
    transcript: (conversationId: string, externalUserId?: string) =>
      json<ApiTranscript>(
        `/conversations/${encodeURIComponent(conversationId)}${externalUserId ? `?externalUserId=${encodeURIComponent(externalUserId)}` : ''}`,
      ),
    slots: (query: z.input<typeof apiSlotsQuerySchema>) =>
      json<ListSlotsResponse>(
        `/slots?${new URLSearchParams(Object.entries(query).map(([name, value]) => [name, String(value)]))}`,
      ),
    book: (request: ApiBookingRequest) =>
      json<BookSlotResponse>('/bookings', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(request),
      }),
  };
}

/** A refused request: its HTTP status and the API's error body (`reason`, `message`, `retryAfterSeconds`). */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly error: ApiError['error'] | null,
  ) {
    super(error?.message ?? `HTTP ${status}`);
    this.name = 'ApiRequestError';
  }

  static async from(response: Response): Promise<ApiRequestError> {
    const body = (await response.json().catch(() => null)) as ApiError | null;
    return new ApiRequestError(response.status, body?.error ?? null);
  }
}

/** The events of a stream body, NDJSON lines or Server-Sent Events records, as they arrive. */
export async function* readEvents(
  body: ReadableStream<Uint8Array>,
  format: 'ndjson' | 'sse',
): AsyncGenerator<ApiChatEvent> {
  const separator = format === 'sse' ? '\n\n' : '\n';
  const decoder = new TextDecoder();
  let buffered = '';
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    buffered += decoder.decode(chunk, { stream: true });
    let end = buffered.indexOf(separator);
    while (end >= 0) {
      const record = buffered.slice(0, end);
      buffered = buffered.slice(end + separator.length);
      const data =
        format === 'sse'
          ? record
              .split('\n')
              .filter((line) => line.startsWith('data:'))
              .map((line) => line.slice(5).trimStart())
              .join('\n')
          : record;
      if (data.trim()) yield JSON.parse(data) as ApiChatEvent;
      end = buffered.indexOf(separator);
    }
  }
}
