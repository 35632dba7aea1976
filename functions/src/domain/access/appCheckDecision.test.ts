import { describe, expect, it } from 'vitest';
import { appCheckAction, appCheckModeFrom, appCheckState } from './appCheckDecision.ts';

describe('appCheckModeFrom', () => {
  it('reads the three modes, in any case and with spaces', () => {
    expect(appCheckModeFrom('off')).toBe('off');
    expect(appCheckModeFrom(' Monitor ')).toBe('monitor');
    expect(appCheckModeFrom('ENFORCE')).toBe('enforce');
  });

  it('reads anything else as enforce, so a typo fails closed', () => {
    for (const value of ['', 'enforced', 'on', 'true', 'of']) expect(appCheckModeFrom(value)).toBe('enforce');
  });
});

describe('appCheckState', () => {
  it('is valid when the verified token names its app', () => {
    expect(appCheckState({ header: 'eyJ…', appId: '1:123:web:abc' })).toBe('valid');
  });

  it('is missing without a header, invalid with one that did not verify or names no app', () => {
    expect(appCheckState({ header: undefined, appId: undefined })).toBe('missing');
    expect(appCheckState({ header: '', appId: undefined })).toBe('missing');
    expect(appCheckState({ header: 'forged', appId: undefined })).toBe('invalid');
    expect(appCheckState({ header: 'junk', appId: null })).toBe('invalid');
    expect(appCheckState({ header: 'junk', appId: '' })).toBe('invalid');
  });
});

describe('appCheckAction', () => {
  it('serves everything when off, and every valid call', () => {
    for (const state of ['missing', 'invalid', 'valid'] as const) expect(appCheckAction('off', state)).toBe('serve');
    expect(appCheckAction('monitor', 'valid')).toBe('serve');
    expect(appCheckAction('enforce', 'valid')).toBe('serve');
  });

  it('logs calls without a valid token when monitoring, refuses them when enforcing', () => {
    expect(appCheckAction('monitor', 'missing')).toBe('serve_and_log');
    expect(appCheckAction('monitor', 'invalid')).toBe('serve_and_log');
    expect(appCheckAction('enforce', 'missing')).toBe('refuse');
    expect(appCheckAction('enforce', 'invalid')).toBe('refuse');
  });
});
