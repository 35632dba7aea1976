import {
  type BookSlotResponse,
  type ExportConversationResponse,
  paths,
  type SendMessageResponse,
} from '@frontdesk/contract';
import { beforeEach, describe, expect, it } from 'vitest';
import { openAlways } from '../support/bookingBot.ts';
import { callFunction } from '../support/callFunction.ts';
import { db } from '../support/db.ts';
import { fakeModel } from '../support/fakeModel.ts';
import { signInAnonymously } from '../support/signInAnonymously.ts';
import { freshEmail, reasonOf, seedTeam, type Team } from '../support/team.ts';

let team: Team;
let other: Team;
let conversationId: string;
let bookingId: string;
let visitorEmail: string;

/** A visitor's conversation of two turns and a booking made from it. */
beforeEach(async () => {
  await fakeModel.reset();
  [team, other] = await Promise.all([seedTeam(), seedTeam()]);
  await db.doc(paths.bot(team.botId)).update({ appointmentsEnabled: true });
  await db.doc(paths.availability(team.botId)).set(openAlways);
  const visitor = await signInAnonymously();
  await fakeModel.script({ match: 'first question', text: 'First answer.' });
  const first = await callFunction<SendMessageResponse>(
    'sendMessage',
    { botId: team.botId, text: 'first question' },
    visitor.idToken,
  );
  conversationId = (first.result as SendMessageResponse).conversationId;
  await fakeModel.script({ match: 'second question', text: 'Second answer.' });
  await callFunction('sendMessage', { botId: team.botId, conversationId, text: 'second question' }, visitor.idToken);
  const start = new Date(Math.ceil((Date.now() + 2 * 86_400_000) / 3_600_000) * 3_600_000).toISOString();
  // An address of its own: one address receives at most 5 booking confirmations a day.
  visitorEmail = freshEmail('ada');
  const booked = await callFunction<BookSlotResponse>(
    'bookSlot',
    { botId: team.botId, start, durationMinutes: 30, name: 'Ada Lovelace', email: visitorEmail, conversationId },
    visitor.idToken,
  );
  expect(booked.error).toBeUndefined();
  bookingId = (booked.result as BookSlotResponse).bookingId;
});

describe('exportConversation', () => {
  it('gives owners and admins the conversation, every message in order and its bookings, as plain JSON', async () => {
    for (const user of [team.owner, team.admin]) {
      const answer = await callFunction<ExportConversationResponse>(
        'exportConversation',
        { botId: team.botId, conversationId },
        user.idToken,
      );
      expect(answer.error).toBeUndefined();
      const exported = answer.result as ExportConversationResponse;
      expect(exported.conversation).toMatchObject({
        id: conversationId,
        tenantId: team.tenantId,
        messageCount: 5,
        lastActivityAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/),
      });
      expect(exported.messages.map((message) => [message.role, message.text])).toEqual([
        ['visitor', 'first question'],
        ['assistant', 'First answer.'],
        ['visitor', 'second question'],
        ['assistant', 'Second answer.'],
        ['assistant', 'Your appointment is booked.'],
      ]);
      expect(exported.messages[0]?.createdAt).toEqual(expect.stringMatching(/Z$/));
      expect(exported.bookings).toHaveLength(1);
      expect(exported.bookings[0]).toMatchObject({ id: bookingId, name: 'Ada Lovelace', email: visitorEmail });
      // The cancel token's hash is a credential, not the visitor's data.
      expect(exported.bookings[0]).not.toHaveProperty('cancelTokenHash');
    }
  });

  it('refuses agents and other tenants, and answers a missing conversation with not-found', async () => {
    const request = { botId: team.botId, conversationId };
    expect(reasonOf(await callFunction('exportConversation', request, team.agent.idToken))).toBe('role_forbidden');
    expect(reasonOf(await callFunction('exportConversation', request, other.owner.idToken))).toBe('not_a_member');
    const missing = await callFunction(
      'exportConversation',
      { ...request, conversationId: 'nope' },
      team.owner.idToken,
    );
    expect(missing.error).toMatchObject({ status: 'NOT_FOUND', details: { reason: 'conversation_not_found' } });
    const bad = await callFunction('exportConversation', { ...request, conversationId: '../x' }, team.owner.idToken);
    expect(bad.error).toMatchObject({ status: 'INVALID_ARGUMENT' });
  });
});

describe('deleteConversation', () => {
  it('removes the conversation with every message and anything nested under it', async () => {
    const conversationRef = db.doc(paths.conversation(team.botId, conversationId));
    // Anything a later feature might add below a message goes too.
    const firstMessage = (await conversationRef.collection('messages').limit(1).get()).docs[0];
    await firstMessage?.ref.collection('reactions').doc('r1').set({ emoji: '👍' });

    const answer = await callFunction('deleteConversation', { botId: team.botId, conversationId }, team.admin.idToken);
    expect(answer.result).toEqual({ conversationId });
    expect((await conversationRef.get()).exists).toBe(false);
    expect((await conversationRef.collection('messages').get()).size).toBe(0);
    expect((await firstMessage?.ref.collection('reactions').get())?.size).toBe(0);
    // The booking is the business's record: it stays until cancelled.
    expect((await db.doc(`${paths.bookings(team.botId)}/${bookingId}`).get()).exists).toBe(true);

    const again = await callFunction('deleteConversation', { botId: team.botId, conversationId }, team.owner.idToken);
    expect(again.error).toMatchObject({ status: 'NOT_FOUND', details: { reason: 'conversation_not_found' } });
  });

  it('refuses agents, other tenants and visitors, deleting nothing', async () => {
    const visitor = await signInAnonymously();
    const request = { botId: team.botId, conversationId };
    expect(reasonOf(await callFunction('deleteConversation', request, team.agent.idToken))).toBe('role_forbidden');
    expect(reasonOf(await callFunction('deleteConversation', request, other.owner.idToken))).toBe('not_a_member');
    expect(reasonOf(await callFunction('deleteConversation', request, visitor.idToken))).toBe('not_a_member');
    // Another tenant's member cannot reach this conversation through their own bot either.
    const viaOwnBot = await callFunction(
      'deleteConversation',
      { botId: other.botId, conversationId },
      other.owner.idToken,
    );
    expect(viaOwnBot.error).toMatchObject({ status: 'NOT_FOUND' });
    expect((await db.collection(paths.messages(team.botId, conversationId)).get()).size).toBe(5);
  });
});

describe('agent callables and cancelBooking', () => {
  it('let every role handle conversations and bookings, and refuse other tenants', async () => {
    const request = { botId: team.botId, conversationId, status: 'human' };
    expect(reasonOf(await callFunction('setConversationStatus', request, other.owner.idToken))).toBe('not_a_member');
    expect((await callFunction('setConversationStatus', request, team.agent.idToken)).error).toBeUndefined();
    const cancel = { botId: team.botId, bookingId };
    expect(reasonOf(await callFunction('cancelBooking', cancel, other.admin.idToken))).toBe('not_a_member');
    expect((await callFunction('cancelBooking', cancel, team.agent.idToken)).result).toEqual({ status: 'cancelled' });
  });
});
