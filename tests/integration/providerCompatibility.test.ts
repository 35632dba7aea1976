import { type BotSettings, type Message, paths, type SendMessageResponse } from '@frontdesk/contract';
import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyFunctionParams } from '../../dev/src/emulators/applyFunctionParams.ts';
import type { ProviderFixture } from '../../dev/src/fakeModel/fixtures/ProviderFixture.ts';
import { providerFixtures } from '../../dev/src/fakeModel/fixtures/providerFixtures.ts';
import type { ModelScript } from '../../dev/src/fakeModel/ModelScript.ts';
import { seedBookingBot } from '../support/bookingBot.ts';
import { db } from '../support/db.ts';
import { fakeModel } from '../support/fakeModel.ts';
import { messageMetaOf } from '../support/messageMetaOf.ts';
import { runCallableInProcess } from '../support/runCallableInProcess.ts';
import { uniqueId } from '../support/uniqueId.ts';
import { uniqueNetwork } from '../support/uniqueNetwork.ts';

/**
 * The compatibility suite: each provider's recorded streams (dev/src/fakeModel/fixtures) replayed by the fake
 * model server over real HTTP, through the real sendMessage handler (run in this process, as the booking
 * tests do, so each case is a fresh visitor from a network of its own): a plain answer, a booking by tool call
 * and an error, and for providers that refuse a request field, the reply that goes on without it.
 */
type Callable = { run(request: never): unknown };
let sendMessage: Callable;

beforeAll(async () => {
  // The fixtures run the models their providers serve, which the platform must offer (ALLOWED_MODELS).
  applyFunctionParams({ ALLOWED_MODELS: '*' });
  ({ sendMessage } = await import('../../functions/src/chat/sendMessage.ts'));
  await fakeModel.reset();
});

/** A bot that takes appointments, running `model`. */
async function seedModelBot(model: string) {
  const { botId } = await seedBookingBot();
  await db.doc(paths.botSettings(botId)).update({ model });
  return botId;
}

/** Scripts the fake model with a marker of its own, sends one message, and returns the reply and its requests. */
async function send(botId: string, script: Omit<ModelScript, 'match'>) {
  const marker = uniqueId('provider');
  await fakeModel.script({ match: marker, ...script });
  const answer = await runCallableInProcess<SendMessageResponse>(
    sendMessage,
    { botId, text: `${marker} hello` },
    uniqueId('visitor'),
    {},
    uniqueNetwork(),
  );
  expect(answer.error).toBeUndefined();
  const result = answer.result as SendMessageResponse;
  const reply = (
    await db.doc(`${paths.messages(botId, result.conversationId)}/${result.replyMessageId}`).get()
  ).data() as Message;
  const requests = (await fakeModel.requests()).filter((request) => request.match === marker);
  const meta = await messageMetaOf(botId, result.conversationId, result.replyMessageId as string);
  return { reply, meta, requests };
}

/** A provider that refuses fields on every request meets that refusal in every case. */
const alwaysRefusal = (fixture: ProviderFixture) => (fixture.refusal?.always ? { refusal: fixture.refusal } : {});

/** A free slot of the booking bots (open all day): tomorrow at 10:00 in Berlin. */
function bookingValues() {
  const start = DateTime.now()
    .setZone('Europe/Berlin')
    .plus({ days: 1 })
    .set({ hour: 10, minute: 0, second: 0, millisecond: 0 });
  return {
    start: start.toUTC().toISO() as string,
    date: start.toISODate() as string,
    name: 'Grace Hopper',
    email: `${uniqueId('grace')}@example.com`,
  };
}

describe.each(providerFixtures.map((fixture) => [`${fixture.provider}: ${fixture.shows}`, fixture] as const))(
  '%s',
  (_title, fixture) => {
    it('streams a plain answer, reasoning kept out', async () => {
      const botId = await seedModelBot(fixture.model);
      const { reply, meta } = await send(botId, { frames: fixture.plain.frames, ...alwaysRefusal(fixture) });
      expect(reply).toMatchObject({ status: 'done', errorCode: null, text: fixture.plain.text });
      if (fixture.plain.hidden) expect(reply.text).not.toContain(fixture.plain.hidden);
      expect(meta?.usage?.estimated).toBe(fixture.plain.usage === 'estimated');
      expect(meta?.usage?.completionTokens).toBeGreaterThan(0);
    });

    it('books by tool call and sends the call back as the provider made it', async () => {
      const botId = await seedModelBot(fixture.model);
      const values = bookingValues();
      const { reply, requests } = await send(botId, {
        frames: fixture.booking.frames,
        framesAfterTools: fixture.booking.framesAfterTools,
        values,
        ...alwaysRefusal(fixture),
      });
      expect(reply).toMatchObject({ status: 'done', text: fixture.booking.text });
      const booking = reply.attachments?.find((attachment) => attachment.kind === 'booking');
      expect(booking).toMatchObject({ kind: 'booking', start: values.start, timezone: 'Europe/Berlin' });
      const booked = booking?.kind === 'booking' ? booking.bookingId : '';
      expect((await db.doc(`${paths.bookings(botId)}/${booked}`).get()).get('email')).toBe(values.email);

      // The request after the tools: the model's call as it made it, then the tool's result under its id.
      const messages = (requests.at(-1)?.body.messages ?? []) as Array<Record<string, unknown>>;
      const calls = messages.findLast((message) => message.role === 'assistant')?.tool_calls as Array<{
        id: string;
        function: { name: string; arguments: string };
      }>;
      const bookCall = calls.find((call) => call.function.name === 'book_appointment');
      expect(JSON.parse(bookCall?.function.arguments ?? '')).toEqual({
        start: values.start,
        duration_minutes: 30,
        name: values.name,
        email: values.email,
      });
      if (fixture.booking.sendsBack) expect(bookCall).toMatchObject(fixture.booking.sendsBack);
      const results = messages.filter((message) => message.role === 'tool');
      expect(results.map((message) => message.tool_call_id)).toEqual(calls.map((call) => call.id));
    });

    it(`ends an error as ${fixture.error.errorCode}`, async () => {
      const botId = await seedModelBot(fixture.model);
      const response = fixture.error.response;
      const script =
        'frames' in response
          ? { frames: response.frames }
          : { status: response.status, errorBody: response.body, retryAfterSeconds: response.retryAfterSeconds };
      const { reply } = await send(botId, { ...script, ...alwaysRefusal(fixture) });
      expect(reply).toMatchObject({ status: 'error', errorCode: fixture.error.errorCode, leaseExpiresAt: null });
      if (fixture.error.text !== undefined) expect(reply.text).toBe(fixture.error.text);
    });

    const refusal = fixture.refusal;
    if (!refusal) return;
    it('goes on without the fields the provider refuses, and remembers them', async () => {
      const model = refusal.model ?? fixture.model;
      const botId = await seedModelBot(model);
      const first = await send(botId, { frames: fixture.plain.frames, refusal });
      expect(first.reply).toMatchObject({ status: 'done', text: fixture.plain.text });
      expect(first.requests).toHaveLength(2);
      for (const field of refusal.fields) {
        expect(first.requests[0]?.body).toHaveProperty(field);
        expect(first.requests[1]?.body).not.toHaveProperty(field);
      }
      if (refusal.fields.includes('tools')) {
        // Without tools the model is told to send visitors to the widget's booking button.
        expect(JSON.stringify(first.requests[1]?.body.messages?.[0])).toContain('Book an appointment');
      }
      const settings = (await db.doc(paths.botSettings(botId)).get()).data() as BotSettings;
      // Keyed by the model that answered: the bot's, or the platform's default when it does not offer the bot's.
      expect(settings.modelStatus).toMatchObject({
        model: expect.any(String),
        refusedFields: expect.arrayContaining(refusal.fields),
      });

      // The next reply leaves them out from the start: one request.
      const second = await send(botId, { frames: fixture.plain.frames, refusal });
      expect(second.reply).toMatchObject({ status: 'done', text: fixture.plain.text });
      expect(second.requests).toHaveLength(1);
    });
  },
);
