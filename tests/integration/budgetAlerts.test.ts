import { paths } from '@frontdesk/contract';
import { describe, expect, it } from 'vitest';
import { discoverSchedules, triggerSchedule } from '../../dev/src/schedules/localSchedules.ts';
import { caughtMails } from '../support/caughtMails.ts';
import { seedConsoleTenant } from '../support/consoleTenant.ts';
import { db } from '../support/db.ts';

/** Owners get one mail at 80 % and one at 100 % of the month's token budget, through the outbox. */
describe('budget mails', () => {
  it('mails the owners once at 80 % and once at 100 %', async () => {
    const team = await seedConsoleTenant({ otherRoles: ['agent'] });
    await db.doc(paths.tenant(team.tenantId)).update({ monthlyTokenBudget: 1_000 });
    const shard = db.doc(`${paths.budgetMonths(team.tenantId)}/2026-12-3`);
    const schedule = (await discoverSchedules()).find((found) => found.name === 'budgetAlertsSchedule');
    const run = async () =>
      expect(await triggerSchedule(schedule as NonNullable<typeof schedule>, new Date('2026-12-02T10:00:00Z'))).toBe(
        200,
      );
    // The outbox says how many were written; their text is gone once delivered, so the catcher shows what arrived.
    const outboxed = async () =>
      (await db.collection(paths.mail()).where('tenantId', '==', team.tenantId).where('kind', '==', 'budget').get())
        .size;
    const delivered = async () =>
      (await caughtMails())
        .filter((mail) => mail.to.includes(team.owner.email))
        .map((mail) => ({ to: mail.to, subject: mail.subject }))
        .sort((a, b) => a.subject.localeCompare(b.subject));

    await shard.set({ month: '2026-12', usedTokens: 790, reservedTokens: 0 });
    await run();
    expect(await outboxed()).toBe(0);

    await shard.update({ usedTokens: 850 });
    await run();
    await run();
    const warning = {
      to: [team.owner.email],
      subject: 'Frontdesk: Harbour Physio has used 80 % of this month’s token budget',
    };
    expect(await outboxed()).toBe(1);
    await expect.poll(delivered, { timeout: 30_000 }).toEqual([warning]);

    await shard.update({ usedTokens: 1_000 });
    await run();
    await run();
    expect(await outboxed()).toBe(2);
    await expect
      .poll(delivered, { timeout: 30_000 })
      .toEqual([
        warning,
        { to: [team.owner.email], subject: 'Frontdesk: Harbour Physio has used this month’s token budget' },
      ]);
  });
});
