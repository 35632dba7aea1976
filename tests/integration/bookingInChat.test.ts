import { type BookSlotResponse, type Message, paths, type SendMessageResponse } from '@frontdesk/contract';
import { DateTime } from 'luxon';
import { beforeEach, describe, expect, it } from 'vitest';
import { freeSlots, seedBookingBot } from '../support/bookingBot.ts';
import { callFunction } from '../support/callFunction.ts';
import { db } from '../support/db.ts';
import { fakeModel } from '../support/fakeModel.ts';
import { messagesOf } from '../support/messagesOf.ts';
import { signInAnonymously } from '../support/signInAnonymously.ts';
import { uniqueId } from '../support/uniqueId.ts';

async function reply(botId: string, answer: { result?: SendMessageResponse }) {
  const result = answer.result as SendMessageResponse;
  return (
    await db.doc(`${paths.messages(botId, result.conversationId)}/${result.replyMessageId}`).get()
  ).data() as Message;
}

describe('booking in the conversation', () => {
  beforeEach(async () => {
    await fakeModel.reset();
  });

  it('lets the model find slots, which the reply carries as choices for the widget', async () => {
    const { botId } = await seedBookingBot();
    const visitor = await signInAnonymously();
    const tomorrow = DateTime.now().setZone('Europe/Berlin').plus({ days: 1 }).toISODate() as string;
    const marker = uniqueId('slots');
    await fakeModel.script({
      match: marker,
      text: 'Let me look.',
      toolCalls: [
        { name: 'find_available_slots', arguments: JSON.stringify({ from_date: tomorrow, to_date: tomorrow }) },
      ],
      textAfterTools: 'Here are some free times tomorrow.',
    });

    const answer = await callFunction<SendMessageResponse>(
      'sendMessage',
      { botId, text: `${marker} anything tomorrow?` },
      visitor.idToken,
    );

    const message = await reply(botId, answer);
    expect(message).toMatchObject({ status: 'done', text: 'Let me look.\n\nHere are some free times tomorrow.' });
    expect(message.attachments?.[0]).toMatchObject({ kind: 'slots', timezone: 'Europe/Berlin', durationMinutes: 30 });
    const offered = message.attachments?.[0]?.kind === 'slots' ? message.attachments[0].slots : [];
    expect(offered.length).toBeGreaterThan(0);
    expect(offered.length).toBeLessThanOrEqual(12);
    // What the model read back: local times with the business's offset.
    const requests = await fakeModel.requests();
    const toolMessage = requests.at(-1)?.body.messages?.at(-1) as { role: string; content: string };
    expect(toolMessage.role).toBe('tool');
    expect(JSON.parse(toolMessage.content).slots[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d[+-]\d\d:\d\d$/);
  });

  it('books through the same domain code when the model calls book_appointment', async () => {
    const { botId } = await seedBookingBot();
    const visitor = await signInAnonymously();
    const { slots } = await freeSlots(botId, visitor.idToken);
    const marker = uniqueId('book');
    const args = { start: slots[0], duration_minutes: 30, name: 'Grace Hopper', email: 'grace@example.com' };
    await fakeModel.script({
      match: marker,
      toolCalls: [{ name: 'book_appointment', arguments: JSON.stringify(args) }],
      textAfterTools: 'You are booked.',
    });

    const answer = await callFunction<SendMessageResponse>(
      'sendMessage',
      { botId, text: `${marker} yes, book it` },
      visitor.idToken,
    );

    const message = await reply(botId, answer);
    expect(message.text).toBe('You are booked.');
    const attachment = message.attachments?.[0];
    expect(attachment).toMatchObject({ kind: 'booking', start: slots[0], timezone: 'Europe/Berlin' });
    const bookingId = attachment?.kind === 'booking' ? attachment.bookingId : '';
    const booking = (await db.doc(`${paths.bookings(botId)}/${bookingId}`).get()).data();
    expect(booking).toMatchObject({
      status: 'confirmed',
      name: 'Grace Hopper',
      visitorUid: visitor.uid,
      conversationId: answer.result?.conversationId,
    });
    expect((await freeSlots(botId, visitor.idToken)).slots).not.toContain(slots[0]);
  });

  it('writes a booking made by clicking into the conversation once, and the model reads it next turn', async () => {
    const { botId } = await seedBookingBot();
    const visitor = await signInAnonymously();
    const first = uniqueId('hello');
    await fakeModel.script({ match: first, text: 'Hello! How can I help?' });
    const answer = await callFunction<SendMessageResponse>('sendMessage', { botId, text: first }, visitor.idToken);
    const conversationId = answer.result?.conversationId as string;
    const conversationRef = db.doc(paths.conversation(botId, conversationId));
    await conversationRef.update({ unreadForTeam: false }); // as if the team had read it
    const { slots } = await freeSlots(botId, visitor.idToken);
    const request = {
      botId,
      conversationId,
      start: slots[0],
      durationMinutes: 30,
      name: 'Mary Jackson',
      email: 'mary@example.com',
      clientRequestId: uniqueId('click'),
    };

    const booked = await callFunction<BookSlotResponse>('bookSlot', request, visitor.idToken);
    const again = await callFunction<BookSlotResponse>('bookSlot', request, visitor.idToken);

    expect(again.result).toEqual(booked.result);
    const bookingId = booked.result?.bookingId as string;
    const messages = await messagesOf(botId, conversationId);
    expect(messages.map((message) => message.id)).toEqual([
      expect.stringMatching(/-v$/),
      expect.stringMatching(/-r$/),
      `${bookingId}-b`,
    ]);
    expect(messages[2]).toMatchObject({
      role: 'assistant',
      text: 'Your appointment is booked.',
      status: 'done',
      visitorUid: visitor.uid,
      attachments: [{ kind: 'booking', ...booked.result }],
    });
    expect((await conversationRef.get()).data()).toMatchObject({
      messageCount: 3,
      preview: 'Your appointment is booked.',
      unreadForTeam: true,
    });

    const next = uniqueId('change');
    await fakeModel.script({ match: next, text: 'Sure.' });
    await callFunction('sendMessage', { botId, conversationId, text: `${next} can I move it?` }, visitor.idToken);
    const sent = (await fakeModel.requests()).at(-1)?.body.messages as Array<{ role: string; content: string }>;
    expect(sent.at(-2)?.content).toMatch(
      new RegExp(`^Your appointment is booked\\. \\(Booked: .+ in Europe/Berlin; booking id ${bookingId}\\.\\)$`),
    );
  });

  it("refuses a booking that names another visitor's conversation, booking nothing", async () => {
    const { botId } = await seedBookingBot();
    const owner = await signInAnonymously();
    const intruder = await signInAnonymously();
    const marker = uniqueId('mine');
    await fakeModel.script({ match: marker, text: 'Hi.' });
    const answer = await callFunction<SendMessageResponse>('sendMessage', { botId, text: marker }, owner.idToken);
    const conversationId = answer.result?.conversationId as string;
    const { slots } = await freeSlots(botId, intruder.idToken);

    const refused = await callFunction<BookSlotResponse>(
      'bookSlot',
      { botId, conversationId, start: slots[0], durationMinutes: 30, name: 'X', email: 'x@example.com' },
      intruder.idToken,
    );

    expect(refused.error).toMatchObject({ status: 'PERMISSION_DENIED', details: { reason: 'conversation_forbidden' } });
    expect((await db.collection(paths.bookings(botId)).get()).size).toBe(0);
    expect((await db.collection(paths.messages(botId, conversationId)).get()).size).toBe(2);
  });

  it('hands booking problems back to the model instead of failing the reply', async () => {
    const { botId } = await seedBookingBot();
    const visitor = await signInAnonymously();
    const marker = uniqueId('bad');
    await fakeModel.script({
      match: marker,
      toolCalls: [
        {
          name: 'book_appointment',
          arguments: JSON.stringify({
            start: '2020-01-01T10:00:00Z',
            duration_minutes: 30,
            name: 'X',
            email: 'x@example.com',
          }),
        },
      ],
      textAfterTools: 'That time is not available.',
    });

    const answer = await callFunction<SendMessageResponse>('sendMessage', { botId, text: marker }, visitor.idToken);

    expect((await reply(botId, answer)).status).toBe('done');
    const toolMessage = (await fakeModel.requests()).at(-1)?.body.messages?.at(-1) as { content: string };
    expect(JSON.parse(toolMessage.content)).toMatchObject({ reason: 'slot_unavailable' });
    expect((await db.collection(paths.bookings(botId)).get()).size).toBe(0);
  });
});
