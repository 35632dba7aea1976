import { describe, expect, it } from 'vitest';
import { eventsForReply, formatEvent, parseEventId, streamFormatFor } from './apiEvents.ts';

describe('API stream events', () => {
  it('chooses SSE only when the client asks for it', () => {
    expect(streamFormatFor('text/event-stream')).toBe('sse');
    expect(streamFormatFor('application/json, text/event-stream;q=0.9')).toBe('sse');
    expect(streamFormatFor('*/*')).toBe('ndjson');
    expect(streamFormatFor(undefined)).toBe('ndjson');
  });

  it('writes NDJSON lines and SSE records with ids', () => {
    const event = { type: 'token', id: 'm-r:5', text: 'Hello' } as const;
    expect(formatEvent(event, 'ndjson')).toBe('{"type":"token","id":"m-r:5","text":"Hello"}\n');
    expect(formatEvent(event, 'sse')).toBe(
      'id: m-r:5\nevent: token\ndata: {"type":"token","id":"m-r:5","text":"Hello"}\n\n',
    );
    expect(formatEvent({ type: 'human', conversationId: 'c' }, 'sse')).toBe(
      'event: human\ndata: {"type":"human","conversationId":"c"}\n\n',
    );
  });

  it('parses the ids it makes and nothing else', () => {
    expect(parseEventId('abc-r:120')).toEqual({ replyId: 'abc-r', sent: 120 });
    expect(parseEventId('abc-r')).toBeNull();
    expect(parseEventId('a/b:1')).toBeNull();
    expect(parseEventId('abc:-1')).toBeNull();
  });

  it('sends only the text the client has not seen, then the end', () => {
    const reply = { id: 'm-r', text: 'Hello there', status: 'streaming', errorCode: null };
    expect(eventsForReply(reply, 5)).toEqual({
      events: [{ type: 'token', id: 'm-r:11', text: ' there' }],
      sent: 11,
      ended: false,
    });
    expect(eventsForReply({ ...reply, status: 'done' }, 11)).toEqual({ events: [], sent: 11, ended: true });
    const failed = eventsForReply({ ...reply, status: 'error', errorCode: 'timeout' }, 11);
    expect(failed.ended).toBe(true);
    expect(failed.events).toMatchObject([{ type: 'error', code: 'timeout' }]);
  });
});
