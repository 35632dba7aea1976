import type { ApiChatEvent } from '@frontdesk/contract';
import type { Response } from 'express';
import { contentTypeOf, formatEvent, type StreamFormat } from '../domain/api/apiEvents.ts';

/** An open event stream: its 200 and headers are sent when it is made; events are written as they come. */
export interface ApiStream {
  send(event: ApiChatEvent): void;
  end(): void;
  /** True once the client has gone (or the stream ended): nothing more is written. */
  readonly closed: boolean;
  /** Runs once when the client goes or the stream ends. */
  onClose(listener: () => void): void;
}

export function openApiStream(response: Response, format: StreamFormat): ApiStream {
  response.status(200);
  response.set({
    'content-type': contentTypeOf(format),
    // no-transform: a compressing proxy (the Hosting emulator's, for one) would otherwise hold events back.
    'cache-control': 'no-store, no-transform',
    'x-accel-buffering': 'no',
  });
  response.flushHeaders();
  let closed = false;
  const listeners: Array<() => void> = [];
  const close = () => {
    if (closed) return;
    closed = true;
    for (const listener of listeners) listener();
  };
  response.on('close', close);
  return {
    send(event) {
      if (!closed) response.write(formatEvent(event, format));
    },
    end() {
      if (!closed) response.end();
      close();
    },
    get closed() {
      return closed;
    },
    onClose(listener) {
      if (closed) listener();
      else listeners.push(listener);
    },
  };
}
