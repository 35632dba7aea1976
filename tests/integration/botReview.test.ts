import { type AuditEntry, paths, type SendMessageResponse } from '@frontdesk/contract';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyFunctionParams } from '../../dev/src/emulators/applyFunctionParams.ts';
import { DEMO_PLATFORM_ADMIN_EMAIL } from '../../dev/src/seed/seedDemo.ts';
import { callFunction } from '../support/callFunction.ts';
import { seedConsoleTenant } from '../support/consoleTenant.ts';
import { db } from '../support/db.ts';
import { signInWithEmailLink } from '../support/emailSignIn.ts';
import { fakeModel } from '../support/fakeModel.ts';
import { runCallableInProcess } from '../support/runCallableInProcess.ts';
import { signInAnonymously } from '../support/signInAnonymously.ts';
import { reasonOf } from '../support/team.ts';

/**
 * BOT_REVIEW=required: a new bot answers nobody until a platform administrator approves it. The emulated
 * functions run with the default (`off`), so the bot is created by the real `createBot` handler in this process
 * with the param set; everything after goes through the emulator as a visitor and the administrator would.
 */
beforeAll(() => {
  applyFunctionParams({ BOT_REVIEW: 'required' });
});

describe('platform review of new bots', () => {
  it('keeps a new bot silent until approved; refusals and approvals are in the audit log', async () => {
    const { createBot } = await import('../../functions/src/console/createBot.ts');
    const team = await seedConsoleTenant();
    const created = await runCallableInProcess<{ botId: string }>(
      createBot,
      { tenantId: team.tenantId, name: 'New desk', timezone: 'UTC', locale: 'en' },
      team.owner.uid,
    );
    const botId = created.result?.botId as string;
    expect((await db.doc(paths.bot(botId)).get()).get('review')).toBe('pending');

    const visitor = await signInAnonymously();
    const ask = () => callFunction<SendMessageResponse>('sendMessage', { botId, text: 'reviewed?' }, visitor.idToken);
    expect(reasonOf(await ask())).toBe('bot_inactive');

    const owner = await callFunction('setBotReview', { botId, decision: 'approved' }, team.owner.idToken);
    expect(reasonOf(owner)).toBe('not_platform_admin');
    const admin = await signInWithEmailLink(DEMO_PLATFORM_ADMIN_EMAIL);
    expect((await callFunction('setBotReview', { botId, decision: 'refused' }, admin.idToken)).error).toBeUndefined();
    expect(reasonOf(await ask())).toBe('bot_inactive');
    expect((await callFunction('setBotReview', { botId, decision: 'approved' }, admin.idToken)).error).toBeUndefined();
    await fakeModel.script({ match: 'reviewed?', text: 'Yes.' });
    expect((await ask()).result?.status).toBe('done');

    const audit = (await db.collection(paths.audit(team.tenantId)).orderBy('at').get()).docs.map(
      (doc) => doc.data() as AuditEntry,
    );
    expect(audit.map(({ action, actorUid }) => ({ action, actorUid }))).toEqual([
      { action: 'bot.create', actorUid: team.owner.uid },
      { action: 'platform.refuse', actorUid: admin.uid },
      { action: 'platform.approve', actorUid: admin.uid },
    ]);
  });
});
