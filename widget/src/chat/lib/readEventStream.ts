/**
 * Reads a callable's streamed response (`text/event-stream`): each `message` event goes to `onChunk` as it
 * arrives, and the last event, `result` or `error`, is returned as the body a plain call would have had.
 * Loaded while the chat signs in, so the chat's first paint does not carry it.
 */
export async function readEventStream<Chunk>(
  response: Response,
  onChunk: (chunk: Chunk) => void,
): Promise<{ result?: unknown; error?: unknown }> {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  let last = {};
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return last;
    const events = (buffered + decoder.decode(value, { stream: true })).split('\n\n');
    buffered = events.pop() as string;
    for (const event of events) {
      // Lines starting with `:` keep the connection alive and carry nothing.
      const data = event.startsWith('data: ') ? JSON.parse(event.slice(6)) : null;
      if (data && 'message' in data) onChunk(data.message);
      else if (data) last = data;
    }
  }
}
