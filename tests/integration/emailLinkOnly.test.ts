import { paths, type Tenant, type WhoAmIResponse } from '@frontdesk/contract';
import { beforeEach, describe, expect, it } from 'vitest';
import { localConfig } from '../../dev/src/localConfig.ts';
import { callFunction } from '../support/callFunction.ts';
import { db } from '../support/db.ts';
import { signInWithEmailLink } from '../support/emailSignIn.ts';
import { freshEmail, seedTeam, type Team } from '../support/team.ts';

/**
 * The console signs in by email link only. The Email/Password provider has to be on for email links, so an
 * attacker can reach the password endpoints of the Auth REST API directly: these tests are that attacker,
 * trying to hold a session on an invited address that its owner then verifies with a link.
 */

const authUrl = `http://${localConfig.host}:${localConfig.ports.auth}`;
const PASSWORD = 'attacker-chosen-password';

interface Session {
  idToken: string;
  refreshToken: string;
  localId: string;
}

/** A call to the Auth REST API as any client could make it: the session, or the refusal's message. */
async function authCall(path: string, body: unknown): Promise<{ session?: Session; refusal?: string }> {
  const response = await fetch(`${authUrl}/identitytoolkit.googleapis.com/v1/${path}?key=demo-api-key`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as Partial<Session> & { error?: { message: string } };
  if (!response.ok || !answer.idToken) return { refusal: answer.error?.message ?? `HTTP ${response.status}` };
  return { session: answer as Session };
}

/** A fresh ID token for a session, as the SDK gets one every hour; undefined once the session is dead. */
async function refreshed(session: Session): Promise<string | undefined> {
  const response = await fetch(`${authUrl}/securetoken.googleapis.com/v1/token?key=demo-api-key`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: session.refreshToken }),
  });
  if (!response.ok) return undefined;
  return ((await response.json()) as { id_token: string }).id_token;
}

/** What a token gets from the console's functions: whoAmI's memberships and whether a member's call passes. */
async function whatTokenGets(team: Team, idToken: string) {
  const me = await callFunction<WhoAmIResponse>('whoAmI', {}, idToken);
  const memberCall = await callFunction(
    'createBot',
    {
      tenantId: team.tenantId,
      name: 'Attacker bot',
      timezone: 'UTC',
      locale: 'en',
    },
    idToken,
  );
  return {
    memberships: me.result?.memberships.map((membership) => membership.role) ?? [],
    email: me.result?.email ?? null,
    memberCallPassed: memberCall.result !== undefined,
  };
}

const nothing = { memberships: [], email: null, memberCallPassed: false };

let team: Team;
let invited: string;
beforeEach(async () => {
  team = await seedTeam();
  invited = freshEmail('invited');
  const invite = await callFunction(
    'inviteMember',
    { tenantId: team.tenantId, email: invited, role: 'admin' },
    team.owner.idToken,
  );
  expect(invite.error).toBeUndefined();
});

describe('a password set on an invited address before its owner signs in', () => {
  it('grants nothing: sign-up with a password is refused and no password signs in', async () => {
    const signUp = await authCall('accounts:signUp', { email: invited, password: PASSWORD, returnSecureToken: true });

    // The owner of the address accepts the invitation by signing in with the link from the mail.
    const owner = await signInWithEmailLink(invited);
    expect((await callFunction<WhoAmIResponse>('whoAmI', {}, owner.idToken)).result?.memberships).toEqual([
      { tenantId: team.tenantId, tenantName: team.tenantName, role: 'admin' },
    ]);

    const passwordSignIn = await authCall('accounts:signInWithPassword', {
      email: invited,
      password: PASSWORD,
      returnSecureToken: true,
    });
    const tokens = [
      passwordSignIn.session?.idToken,
      signUp.session && (await refreshed(signUp.session)),
      signUp.session?.idToken,
    ].filter((token): token is string => token !== undefined);
    for (const token of tokens) expect(await whatTokenGets(team, token)).toEqual(nothing);

    expect(signUp.refusal).toBeDefined();
    expect(passwordSignIn.refusal).toBeDefined();
    // Nothing the attacker tried left a bot behind, and the tenant has the owner of the address as its admin.
    expect((await db.collection('bots').where('tenantId', '==', team.tenantId).get()).size).toBe(1);
    const tenant = (await db.doc(paths.tenant(team.tenantId)).get()).data() as Tenant;
    expect(tenant.members[owner.uid]).toBe('admin');
  });

  it('grants nothing when the address was put on an anonymous account first', async () => {
    const anonymous = await authCall('accounts:signUp', { returnSecureToken: true });
    const squatter = anonymous.session as Session;
    // Linking an email and a password to the anonymous account: no account is created, no sign-in happens.
    const linked = await authCall('accounts:signUp', {
      idToken: squatter.idToken,
      email: invited,
      password: PASSWORD,
      returnSecureToken: true,
    });
    const held = linked.session ?? squatter;

    // The owner of the address signs in with the link; if that is refused once, a new link works.
    const owner = await signInWithEmailLink(invited).catch(() => signInWithEmailLink(invited));
    expect((await callFunction<WhoAmIResponse>('whoAmI', {}, owner.idToken)).result?.memberships).toEqual([
      { tenantId: team.tenantId, tenantName: team.tenantName, role: 'admin' },
    ]);
    expect(owner.uid).not.toBe(squatter.localId);

    const passwordSignIn = await authCall('accounts:signInWithPassword', {
      email: invited,
      password: PASSWORD,
      returnSecureToken: true,
    });
    const tokens = [passwordSignIn.session?.idToken, await refreshed(held), held.idToken].filter(
      (token): token is string => token !== undefined,
    );
    for (const token of tokens) expect(await whatTokenGets(team, token)).toEqual(nothing);
    expect(passwordSignIn.refusal).toBeDefined();
    expect(await refreshed(held)).toBeUndefined();
  });

  it('keeps anonymous visitors and email-link sign-ins working', async () => {
    const visitor = await authCall('accounts:signUp', { returnSecureToken: true });
    expect(visitor.session?.idToken).toBeDefined();
    expect(await refreshed(visitor.session as Session)).toBeDefined();
    const member = await signInWithEmailLink(freshEmail('member'));
    expect((await callFunction<WhoAmIResponse>('whoAmI', {}, member.idToken)).result?.email).toBe(member.email);
    // A second link sign-in to the same account works as the first did.
    const again = await signInWithEmailLink(member.email);
    expect(again.uid).toBe(member.uid);
  });
});
