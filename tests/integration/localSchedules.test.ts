import { paths } from '@frontdesk/contract';
import { Timestamp } from 'firebase-admin/firestore';
import { describe, expect, it } from 'vitest';
import { discoverSchedules, startSchedules, triggerSchedule } from '../../dev/src/schedules/localSchedules.ts';
import { db } from '../support/db.ts';
import { seedBot } from '../support/seedBot.ts';
import { uniqueId } from '../support/uniqueId.ts';

/** `npm start` runs the scheduled functions the Functions emulator loads but never fires. */
describe('local schedules', () => {
  it('finds every scheduled function the emulator loaded, with its schedule', async () => {
    const schedules = await discoverSchedules();
    expect(schedules).toEqual(
      expect.arrayContaining([
        { id: 'us-central1-retryMailSchedule', name: 'retryMailSchedule', schedule: 'every 1 minutes' },
        { id: 'us-central1-sweepStaleRepliesSchedule', name: 'sweepStaleRepliesSchedule', schedule: 'every 1 minutes' },
      ]),
    );
    const running = await startSchedules();
    running.stop();
    expect(running.schedules.map((schedule) => schedule.name)).toEqual(schedules.map((schedule) => schedule.name));
    expect(running.skipped).toEqual([]);
  });

  it('fires a schedule in the emulator: the sweeper ends a reply whose writer died', async () => {
    const botId = await seedBot();
    const conversationId = uniqueId('conversation');
    const written = new Date('2026-11-22T12:00:00Z');
    const reply = db.doc(`${paths.messages(botId, conversationId)}/dead`);
    await reply.set({
      role: 'assistant',
      visitorUid: 'v',
      tenantId: 't',
      errorCode: null,
      status: 'streaming',
      text: 'Half a rep',
      createdAt: Timestamp.fromDate(written),
      leaseExpiresAt: Timestamp.fromMillis(written.getTime() + 30_000),
    });
    const sweeper = (await discoverSchedules()).find((schedule) => schedule.name === 'sweepStaleRepliesSchedule');
    expect(await triggerSchedule(sweeper as NonNullable<typeof sweeper>)).toBe(200);
    await expect
      .poll(async () => (await reply.get()).data(), { message: 'the reply swept' })
      .toMatchObject({ status: 'error', errorCode: 'interrupted', text: 'Half a rep' });
  });
});
