import { describe, expect, it } from 'vitest';
import { parseCancelLink } from './parseCancelLink.ts';

const token = 'Zq3_-'.repeat(6).slice(0, 32);
const link = { bot: 'bot-1', booking: 'booking_1', token };

describe('parseCancelLink', () => {
  it('reads the link the booking mail carries, ignoring other parameters', () => {
    expect(parseCancelLink({ ...link, utm_source: 'mail' })).toEqual({
      kind: 'link',
      link: { botId: 'bot-1', bookingId: 'booking_1', token },
    });
  });

  it('calls a link without bot, booking or token incomplete', () => {
    for (const params of [{}, undefined, null, 'bot=x', { ...link, bot: '' }, { booking: 'b', token }])
      expect(parseCancelLink(params), JSON.stringify(params)).toEqual({ kind: 'incomplete' });
  });

  it('calls repeated, nested, slashed, dotted, overlong or odd values invalid', () => {
    const invalid = [
      { ...link, bot: ['bot-1', 'bot-2'] },
      { ...link, booking: { a: 'b' } },
      { ...link, bot: 'bot-1/private/settings' },
      { ...link, booking: '..' },
      { ...link, booking: '__name__' },
      { ...link, booking: 'b'.repeat(129) },
      { ...link, token: 't'.repeat(257) },
      { ...link, token: 'short' },
      { ...link, token: `${token}/x` },
      { ...link, token: 42 },
    ];
    for (const params of invalid) expect(parseCancelLink(params), JSON.stringify(params)).toEqual({ kind: 'invalid' });
  });
});
