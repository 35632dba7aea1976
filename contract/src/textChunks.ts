import type { SendMessageChunk } from './sendMessage.ts';

/**
 * Turns a text that grows (and now and then shrinks, when late reasoning markup is cut off) into the chunks of
 * `SendMessageChunk`: what changed since the last one. Returns null when nothing did.
 */
export function textChunks(): (text: string) => SendMessageChunk | null {
  let sent = '';
  return (text) => {
    if (text === sent) return null;
    let from = text.startsWith(sent) ? sent.length : 0;
    if (from === 0) {
      const shorter = Math.min(sent.length, text.length);
      while (from < shorter && sent[from] === text[from]) from += 1;
    }
    sent = text;
    return { from, text: text.slice(from) };
  };
}

/** The text after a chunk, on the receiving side. */
export function applyTextChunk(previous: string, chunk: SendMessageChunk): string {
  return previous.slice(0, chunk.from) + chunk.text;
}
