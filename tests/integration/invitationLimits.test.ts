import { type Invite, paths } from '@frontdesk/contract';
import { beforeEach, describe, expect, it } from 'vitest';
import { awaitFreshWindow, DAY_MS } from '../support/awaitFreshWindow.ts';
import { callFunction } from '../support/callFunction.ts';
import { db } from '../support/db.ts';
import { freshEmail, reasonOf, seedTeam, type Team } from '../support/team.ts';

/** Invitations are mails to any address an owner types: they must not become a way to send mail at will. */
let team: Team;
beforeEach(async () => {
  team = await seedTeam();
});

const invitationMailsTo = async (tenantId: string, email: string) =>
  (await db.collection(paths.mail()).where('tenantId', '==', tenantId).where('to', 'array-contains', email).get()).size;

describe('invitation mails', () => {
  it('are not sent again within the cooldown; a repeated invitation only updates the role', async () => {
    const email = freshEmail('invitee');
    const invite = (role: string) =>
      callFunction('inviteMember', { tenantId: team.tenantId, email, role }, team.owner.idToken);
    expect((await invite('agent')).result).toEqual({ email, mailed: true });
    for (const role of ['admin', 'agent', 'admin']) {
      expect((await invite(role)).result).toEqual({ email, mailed: false });
    }
    expect(await invitationMailsTo(team.tenantId, email)).toBe(1);
    const stored = (await db.doc(`${paths.invites(team.tenantId)}/${email}`).get()).data() as Invite;
    expect(stored.role).toBe('admin');
  });

  it('are limited to 20 a day per tenant; the refused one writes nothing', async () => {
    await awaitFreshWindow(DAY_MS, 120_000);
    const emails = Array.from({ length: 21 }, (_, index) => freshEmail(`invitee-${index}`));
    const answers = [];
    for (const email of emails) {
      answers.push(
        await callFunction('inviteMember', { tenantId: team.tenantId, email, role: 'agent' }, team.owner.idToken),
      );
    }
    expect(answers.slice(0, 20).every((answer) => answer.result)).toBe(true);
    const refused = answers[20];
    expect(refused?.error).toMatchObject({ status: 'RESOURCE_EXHAUSTED' });
    expect(reasonOf(refused ?? {})).toBe('rate_limited');
    expect((await db.doc(`${paths.invites(team.tenantId)}/${emails[20]}`).get()).exists).toBe(false);
    expect((await db.collection(paths.mail()).where('tenantId', '==', team.tenantId).get()).size).toBe(20);
  });
});
