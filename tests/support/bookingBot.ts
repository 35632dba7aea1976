import { type Availability, defaultAvailability, type ListSlotsResponse, paths } from '@frontdesk/contract';
import { expect } from 'vitest';
import { callFunction } from './callFunction.ts';
import { db } from './db.ts';
import { seedBot } from './seedBot.ts';
import { uniqueId } from './uniqueId.ts';

const allDay = [{ start: '00:00', end: '24:00' }];

/** Open every day, all day, so tests find slots whenever they run. */
export const openAlways: Availability = {
  ...defaultAvailability,
  slotMinutes: 30,
  durationsMinutes: [30, 60],
  minNoticeMinutes: 60,
  maxDaysAhead: 30,
  weekly: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay },
};

/**
 * A bot that takes appointments in Europe/Berlin, with a team address for notifications: a member's verified
 * email, as notification addresses must be.
 */
export async function seedBookingBot(teamEmail = `team-${uniqueId('t')}@example.com`) {
  const member = uniqueId('member');
  const botId = await seedBot({
    settings: { notificationEmails: [teamEmail] },
    tenant: { members: { [member]: 'agent' }, memberEmails: { [member]: teamEmail } },
  });
  await db.doc(paths.bot(botId)).update({ appointmentsEnabled: true, timezone: 'Europe/Berlin' });
  await db.doc(paths.availability(botId)).set(openAlways);
  return { botId, teamEmail, memberUid: member };
}

/** Free slots from tomorrow on, through the listSlots callable. */
export async function freeSlots(botId: string, idToken: string, durationMinutes = 30, days = 2) {
  const from = new Date(Date.now() + 24 * 3_600_000);
  const to = new Date(from.getTime() + days * 24 * 3_600_000);
  const answer = await callFunction<ListSlotsResponse>(
    'listSlots',
    { botId, from: from.toISOString(), to: to.toISOString(), durationMinutes },
    idToken,
  );
  expect(answer.error).toBeUndefined();
  return answer.result as ListSlotsResponse;
}
