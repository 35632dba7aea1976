import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signWebhook } from './signWebhook.ts';

describe('signWebhook', () => {
  it('signs "<timestamp>.<body>" as the README tells receivers to check', () => {
    const body = '{"type":"ping"}';
    const header = signWebhook('whsec_test', 1_767_225_600, body);
    const [t, v1] = header.split(',').map((part) => part.split('=')[1]);
    expect(t).toBe('1767225600');
    expect(v1).toBe(createHmac('sha256', 'whsec_test').update(`1767225600.${body}`).digest('hex'));
  });
});
