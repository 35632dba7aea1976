import type { ApiChatEvent } from '@frontdesk/contract';

/** How a stream is written: NDJSON (one JSON object a line) by default, Server-Sent Events on request. */
export type StreamFormat = 'ndjson' | 'sse';

export function streamFormatFor(accept: string | undefined): StreamFormat {
  return /\btext\/event-stream\b/i.test(accept ?? '') ? 'sse' : 'ndjson';
}

export const contentTypeOf = (format: StreamFormat) =>
  format === 'sse' ? 'text/event-stream; charset=utf-8' : 'application/x-ndjson; charset=utf-8';

/** One event as the stream carries it; SSE names it by `event:` and, for resumable events, `id:`. */
export function formatEvent(event: ApiChatEvent, format: StreamFormat): string {
  const data = JSON.stringify(event);
  if (format === 'ndjson') return `${data}\n`;
  const id = 'id' in event ? `id: ${event.id}\n` : '';
  return `${id}event: ${event.type}\ndata: ${data}\n\n`;
}

/** `<reply id>:<characters sent>`: after a reconnect the stream continues from that character of the reply. */
export function eventIdOf(replyId: string, sent: number): string {
  return `${replyId}:${sent}`;
}

export function parseEventId(eventId: string): { replyId: string; sent: number } | null {
  const match = /^([A-Za-z0-9_-]{1,128}):([0-9]{1,9})$/.exec(eventId);
  return match ? { replyId: match[1] as string, sent: Number(match[2]) } : null;
}

/**
 * What to send for a snapshot of the reply, given how much of its text the client has: the new text as a
 * `token`, and `done` or `error` once it has ended. The reply's text only grows while it streams.
 */
export function eventsForReply(
  reply: { id: string; text: string; status: string; errorCode: string | null },
  sent: number,
): { events: ApiChatEvent[]; sent: number; ended: boolean } {
  const events: ApiChatEvent[] = [];
  const text = reply.text;
  if (text.length > sent) {
    events.push({ type: 'token', id: eventIdOf(reply.id, text.length), text: text.slice(sent) });
  }
  const ended = reply.status === 'done' || reply.status === 'error';
  if (reply.status === 'error') {
    events.push({
      type: 'error',
      code: (reply.errorCode ?? 'internal') as 'internal',
      message: 'The reply failed; send the message again to retry.',
    });
  }
  return { events, sent: Math.max(sent, text.length), ended };
}
