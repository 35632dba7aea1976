import { type Bot, paths, validationMessages } from '@frontdesk/contract';
import { describe, expect, it } from 'vitest';
import { freeSlots, seedBookingBot } from '../support/bookingBot.ts';
import { callFunction } from '../support/callFunction.ts';
import { db } from '../support/db.ts';
import { signInWithEmailLink } from '../support/emailSignIn.ts';
import { signInAnonymously } from '../support/signInAnonymously.ts';
import { freshEmail, seedTeam } from '../support/team.ts';
import { uniqueId } from '../support/uniqueId.ts';

/**
 * Names and titles end up in one-line places: mail subjects and sender names (a bot's title is the business
 * name of its booking mails), the widget's header, the console's lists. A line break or another control
 * character there could add a mail header, or (as it did) make every booking mail of the bot fail.
 */

const botOf = async (botId: string) => (await db.doc(paths.bot(botId)).get()).data() as Bot;
const unsafe = [
  'Bakery\r\nBcc: all@example.com',
  'Bakery\nSonne',
  'Bakery\u0000',
  'Bakery\tSonne',
  'Bakery\u2028Sonne',
];

/** The refusal of one field: invalid input, naming the field with the contract's one-line message. */
const refusedAsOneLine = (path: (string | number)[]) => ({
  status: 'INVALID_ARGUMENT',
  details: {
    reason: 'invalid_input',
    issues: [expect.objectContaining({ path, message: validationMessages.oneLine })],
  },
});

describe('names and titles are one line of text', () => {
  it("refuses a line break or control character in a bot's title, placeholder, emoji or name, changing nothing", async () => {
    const team = await seedTeam();
    const before = await botOf(team.botId);
    for (const text of unsafe) {
      // The launcher emoji has room for 8 characters: the character after "Bakery" between two emoji.
      const texts = { title: text, placeholder: text, launcherEmoji: `💬${text.slice(6, 7)}💬` };
      for (const field of ['title', 'placeholder', 'launcherEmoji'] as const) {
        const appearance = { ...before.appearance, [field]: texts[field] };
        const answer = await callFunction('updateBot', { botId: team.botId, appearance }, team.owner.idToken);
        expect(answer.error, `${field}: ${JSON.stringify(text)}`).toMatchObject(
          refusedAsOneLine(['appearance', field]),
        );
      }
      const renamed = await callFunction('updateBot', { botId: team.botId, name: text }, team.owner.idToken);
      expect(renamed.error, JSON.stringify(text)).toMatchObject(refusedAsOneLine(['name']));
    }
    expect(await botOf(team.botId)).toEqual(before);

    // Emoji sequences joined by U+200D and accented letters are text, not control characters.
    const appearance = { ...before.appearance, title: 'Zahnärztin 👩‍⚕️ Dr. Çelik', launcherEmoji: '👩‍⚕️' };
    const saved = await callFunction('updateBot', { botId: team.botId, appearance }, team.owner.idToken);
    expect(saved.error).toBeUndefined();
    expect((await botOf(team.botId)).appearance).toEqual(appearance);
  });

  it('refuses them in tenant and bot names at creation, creating nothing', async () => {
    const user = await signInWithEmailLink(freshEmail('names'));
    const team = await seedTeam();
    for (const text of unsafe) {
      const tenantName = `${text} ${uniqueId('t')}`;
      const tenant = await callFunction(
        'createTenant',
        { tenantName, botName: 'Desk', timezone: 'UTC', locale: 'en' },
        user.idToken,
      );
      expect(tenant.error, JSON.stringify(text)).toMatchObject(refusedAsOneLine(['tenantName']));
      const botName = await callFunction(
        'createTenant',
        { tenantName: `Bakery ${uniqueId('t')}`, botName: text, timezone: 'UTC', locale: 'en' },
        user.idToken,
      );
      expect(botName.error, JSON.stringify(text)).toMatchObject(refusedAsOneLine(['botName']));
      const bot = await callFunction(
        'createBot',
        { tenantId: team.tenantId, name: text, timezone: 'UTC', locale: 'en' },
        team.owner.idToken,
      );
      expect(bot.error, JSON.stringify(text)).toMatchObject(refusedAsOneLine(['name']));
    }
    expect((await db.collection('tenants').where(`members.${user.uid}`, '==', 'owner').get()).size).toBe(0);
    expect((await db.collection('bots').where('tenantId', '==', team.tenantId).get()).size).toBe(1);
  });

  it("refuses them in a visitor's name when booking, booking nothing", async () => {
    const { botId } = await seedBookingBot();
    const visitor = await signInAnonymously();
    const { slots } = await freeSlots(botId, visitor.idToken);
    for (const text of unsafe) {
      const answer = await callFunction(
        'bookSlot',
        { botId, start: slots[0], durationMinutes: 30, name: text, email: `ada-${uniqueId('m')}@example.com` },
        visitor.idToken,
      );
      expect(answer.error, JSON.stringify(text)).toMatchObject(refusedAsOneLine(['name']));
    }
    expect((await db.collection(paths.bookings(botId)).get()).size).toBe(0);
    expect((await db.collection(paths.mail()).where('botId', '==', botId).get()).size).toBe(0);
  });
});
