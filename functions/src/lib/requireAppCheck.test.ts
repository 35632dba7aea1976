import { logger } from 'firebase-functions';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { requireAppCheck } from './requireAppCheck.ts';

const request = (header: string | undefined, appId?: string) => ({
  rawRequest: { headers: header === undefined ? {} : { 'x-firebase-appcheck': header } } as never,
  app: appId === undefined ? undefined : ({ appId, token: {} } as never),
});

function withMode(mode: string) {
  vi.stubEnv('APP_CHECK', mode);
  return vi.spyOn(logger, 'warn').mockImplementation(() => {});
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('requireAppCheck', () => {
  it('off: looks at nothing and logs nothing', () => {
    const warn = withMode('off');
    requireAppCheck('sendMessage', request(undefined)).logWith({ uid: 'u1', botId: 'b1' });
    expect(warn).not.toHaveBeenCalled();
  });

  it('monitor: serves a call without a valid token and logs its ids only', () => {
    const warn = withMode('monitor');
    requireAppCheck('bookSlot', request('forged')).logWith({ uid: 'u1', botId: 'b1' });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[1]).toEqual({ callable: 'bookSlot', appCheck: 'invalid', botId: 'b1', uid: 'u1' });
  });

  it('monitor: logs nothing for a valid token, and no botId that is not a string', () => {
    const warn = withMode('monitor');
    requireAppCheck('sendMessage', request('token', '1:1:web:a')).logWith({ uid: 'u1', botId: 'b1' });
    expect(warn).not.toHaveBeenCalled();
    requireAppCheck('listSlots', request(undefined)).logWith({ uid: 'u2', botId: { not: 'an id' } });
    expect(warn.mock.calls[0]?.[1]).toMatchObject({ appCheck: 'missing', botId: null });
  });

  it('enforce: refuses a call without a valid token with app_check_failed', () => {
    withMode('enforce');
    expect(() => requireAppCheck('sendMessage', request(undefined))).toThrowError(
      expect.objectContaining({ code: 'unauthenticated', details: { reason: 'app_check_failed' } }),
    );
    expect(() => requireAppCheck('sendMessage', request('junk'))).toThrow();
    expect(() => requireAppCheck('sendMessage', request('token', '1:1:web:a'))).not.toThrow();
  });
});
