import { describe, expect, it } from 'vitest';
import { endOfDelivery } from './endOfDelivery.ts';

describe('endOfDelivery', () => {
  it('empties the message and lets the mail expire after the retention period', () => {
    const now = Date.parse('2026-06-02T08:00:00Z');
    expect(endOfDelivery(now, 30)).toEqual({
      message: { subject: '', text: '', html: '', attachments: [] },
      expireAt: Date.parse('2026-07-02T08:00:00Z'),
    });
  });
});
