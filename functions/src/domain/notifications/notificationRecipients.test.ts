import { describe, expect, it } from 'vitest';
import { notificationRecipients } from './notificationRecipients.ts';

const on = { conversationCreated: true, handoffRequested: true, bookingCreated: true, bookingCancelled: false };
const tenant = {
  members: { owner: 'owner', agent: 'agent' } as const,
  memberEmails: { owner: 'owner@example.com', agent: 'agent@example.com', gone: 'gone@example.com' },
};

describe('notificationRecipients', () => {
  it('mails members who chose the kind for this bot', () => {
    const prefs: Parameters<typeof notificationRecipients>[1] = [
      { uid: 'owner', prefs: { bots: { bot1: on } } },
      { uid: 'agent', prefs: { bots: { bot2: on } } },
    ];
    expect(notificationRecipients(tenant, prefs, 'bot1', 'handoffRequested')).toEqual([
      { uid: 'owner', email: 'owner@example.com' },
    ]);
    expect(notificationRecipients(tenant, prefs, 'bot1', 'bookingCancelled')).toEqual([]);
  });

  it('forgets a removed member’s choices', () => {
    const prefs = [{ uid: 'gone', prefs: { bots: { bot1: on } } }];
    expect(notificationRecipients(tenant, prefs, 'bot1', 'conversationCreated')).toEqual([]);
  });
});
