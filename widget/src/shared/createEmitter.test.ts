import { describe, expect, it, vi } from 'vitest';
import { createEmitter } from './createEmitter.ts';

describe('createEmitter', () => {
  it('delivers events to their handlers until they unsubscribe', () => {
    const emitter = createEmitter();
    const seen: string[] = [];
    const stop = emitter.on('message', (message) => seen.push(`${message.role}:${message.text}`));
    emitter.on('open', () => seen.push('open'));
    emitter.emit('message', { id: '1', role: 'visitor', text: 'hi' });
    emitter.emit('open', {});
    stop();
    emitter.emit('message', { id: '2', role: 'assistant', text: 'hello' });
    expect(seen).toEqual(['visitor:hi', 'open']);
  });

  it('keeps going when a handler throws', () => {
    const emitter = createEmitter();
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const after = vi.fn();
    emitter.on('close', () => {
      throw new Error('page bug');
    });
    emitter.on('close', after);
    emitter.emit('close', {});
    expect(after).toHaveBeenCalledOnce();
    expect(consoleError).toHaveBeenCalledOnce();
    consoleError.mockRestore();
  });
});
