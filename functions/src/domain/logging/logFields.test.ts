import { describe, expect, it } from 'vitest';
import { errorCodeOf, logFields } from './logFields.ts';

/** Log lines carry ids and codes, never names, addresses or message text, whatever a caller passes. */
const personalData = ['Ada Lovelace', 'ada@example.com', 'My knee hurts since Monday', '+49 30 123456'];

describe('logFields', () => {
  it('keeps ids, typed codes, counts and flags', () => {
    expect(
      logFields({
        tenantId: 'tenant-1',
        botId: 'bot_2',
        conversationId: 'Wsc2z5pBp5mEeZnt8lf4',
        requestId: 'projects/p/traces/105445aa7843bc8bf206b12000100000',
        errorCode: 'upstream_rate_limited',
        attempts: 3,
        retried: true,
      }),
    ).toEqual({
      tenantId: 'tenant-1',
      botId: 'bot_2',
      conversationId: 'Wsc2z5pBp5mEeZnt8lf4',
      requestId: 'projects/p/traces/105445aa7843bc8bf206b12000100000',
      errorCode: 'upstream_rate_limited',
      attempts: 3,
      retried: true,
    });
  });

  it('drops personal data passed by mistake, under any key, and says which keys it dropped', () => {
    const representative = [
      { botId: 'bot-1', text: 'My knee hurts since Monday' },
      { tenantId: 't', email: 'ada@example.com', name: 'Ada Lovelace' },
      { botId: 'Ada Lovelace', conversationId: 'ada@example.com', reason: 'My knee hurts since Monday' },
      { mailId: 'm1', error: 'Error: 550 mailbox ada@example.com unavailable' },
      { uid: 'u1', to: ['ada@example.com'], phone: '+49 30 123456' },
    ];
    for (const fields of representative) {
      const line = JSON.stringify(logFields(fields));
      for (const value of personalData) expect(line).not.toContain(value);
      expect(line).toContain('dropped');
    }
  });

  it('names an error by its code or class, never its message', () => {
    expect(errorCodeOf(Object.assign(new Error('ada@example.com rejected'), { code: 'EENVELOPE' }))).toBe('EENVELOPE');
    expect(errorCodeOf(Object.assign(new Error('400: My knee hurts'), { status: 400 }))).toBe('400');
    expect(errorCodeOf(new TypeError('Ada Lovelace'))).toBe('TypeError');
    expect(errorCodeOf(Object.assign(new Error('x'), { code: 'bad code with ada@example.com' }))).toBe('Error');
  });
});
