import { logger } from 'firebase-functions';
import { onSchedule } from 'firebase-functions/v2/scheduler';
import { expireRequests } from './expireRequests.ts';
import { sendDueReminders } from './sendDueReminders.ts';

/**
 * Every 5 minutes: requests nobody answered in time expire and free their time; due reminders go out. Both
 * are safe to run twice or side by side (each booking is claimed in a transaction).
 */
export const bookingDutiesSchedule = onSchedule({ schedule: 'every 5 minutes', maxInstances: 1 }, async () => {
  const now = Date.now();
  const expired = await expireRequests(now);
  const reminded = await sendDueReminders(now);
  if (expired + reminded > 0) logger.info(`Expired ${expired} booking requests, sent ${reminded} reminders.`);
});
