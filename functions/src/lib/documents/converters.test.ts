import { defaultBotSettings } from '@frontdesk/contract';
import { type QueryDocumentSnapshot, Timestamp } from 'firebase-admin/firestore';
import { describe, expect, it } from 'vitest';
import { converters } from './converters.ts';

const snapshotOf = (path: string, stored: Record<string, unknown>) =>
  ({ ref: { path }, data: () => stored }) as unknown as QueryDocumentSnapshot;

describe('converters', () => {
  const at = Timestamp.fromMillis(Date.UTC(2026, 5, 2, 8));
  const booking = {
    botId: 'b1',
    tenantId: 't1',
    visitorUid: 'v1',
    conversationId: null,
    status: 'confirmed',
    start: at,
    end: at,
    claimEnd: at,
    durationMinutes: 30,
    name: 'Grace Hopper',
    email: 'grace@example.com',
    phone: null,
    notes: null,
    unitIds: ['u1'],
    sequence: 0,
    cancelTokenHash: 'hash',
    cancelTokenExpiresAt: at,
    createdAt: at,
    cancelledAt: null,
    cancelledBy: null,
  };

  it('reads the times functions compute with as Timestamps, and refuses anything else there', () => {
    expect(converters.booking.fromFirestore(snapshotOf('bots/b1/bookings/k1', booking)).start.toMillis()).toBe(
      at.toMillis(),
    );
    expect(() =>
      converters.booking.fromFirestore(snapshotOf('bots/b1/bookings/k1', { ...booking, start: at.toMillis() })),
    ).toThrow(/^Document bots\/b1\/bookings\/k1 has the wrong shape: start: /);
  });

  it("reads a bot's settings with a default for every missing or invalid field, never an error", () => {
    const stored = { systemPrompt: 'Be brief.', maxOutputTokens: -1 };
    expect(converters.botSettings.fromFirestore(snapshotOf('bots/b1/private/settings', stored))).toEqual({
      ...defaultBotSettings,
      systemPrompt: 'Be brief.',
    });
  });

  it('reads of a reply the sweeper may end only the fields it acts on', () => {
    const reply = { status: 'streaming', text: 'Half', tenantId: 't1', leaseExpiresAt: at };
    expect(converters.replyLease.fromFirestore(snapshotOf('bots/b1/conversations/c1/messages/m1', reply))).toBe(reply);
  });
});
