import { describe, expect, it } from 'vitest';
import { dayKey, estimateTokens, monthKey, reservationFor, settleUsage } from './tokenBudget.ts';

describe('token budget arithmetic', () => {
  it('estimates about four characters a token plus a little per message', () => {
    expect(estimateTokens(['abcd', 'abcdefgh'])).toBe(1 + 4 + 2 + 4);
    expect(estimateTokens([])).toBe(0);
  });

  it('reserves the prompt plus the most output a reply may produce', () => {
    expect(reservationFor(['x'.repeat(400)], 800)).toBe(104 + 800);
  });

  it("settles with the provider's numbers, or estimates when the stream was cut short", () => {
    expect(
      settleUsage({ reported: { promptTokens: 10, completionTokens: 5 }, promptTexts: [], producedText: '' }),
    ).toEqual({
      promptTokens: 10,
      completionTokens: 5,
      estimated: false,
    });
    expect(settleUsage({ reported: null, promptTexts: ['abcd'], producedText: 'abcdefgh' })).toEqual({
      promptTokens: 5,
      completionTokens: 6,
      estimated: true,
    });
    expect(settleUsage({ reported: null, promptTexts: ['abcd'], producedText: '' }).completionTokens).toBe(0);
  });

  it('keys months and days in UTC', () => {
    const now = new Date('2026-11-30T23:30:00-02:00');
    expect(monthKey(now)).toBe('2026-12');
    expect(dayKey(now)).toBe('2026-12-01');
  });
});
