import { describe, expect, it } from 'vitest';
import { idempotentIds } from './idempotentIds.ts';

describe('idempotentIds', () => {
  const base = { botId: 'b', visitorUid: 'api', idempotencyKey: 'k1', conversationId: undefined };

  it('names the same turn for the same key, and another for another key, user or bot', () => {
    expect(idempotentIds(base)).toEqual(idempotentIds({ ...base }));
    for (const other of [{ idempotencyKey: 'k2' }, { visitorUid: 'api:u' }, { botId: 'c' }]) {
      const ids = idempotentIds({ ...base, ...other });
      expect(ids.conversationId).not.toBe(idempotentIds(base).conversationId);
      expect(ids.clientMessageId).not.toBe(idempotentIds(base).clientMessageId);
    }
  });

  it('keeps a conversation the client names, and makes document-safe ids', () => {
    const ids = idempotentIds({ ...base, conversationId: 'mine' });
    expect(ids.conversationId).toBe('mine');
    expect(ids.clientMessageId).toMatch(/^[A-Za-z0-9_-]{1,128}$/);
    expect(idempotentIds(base).conversationId).toMatch(/^[A-Za-z0-9_-]{1,128}$/);
  });
});
