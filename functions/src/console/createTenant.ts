import { type CreateTenantResponse, createTenantRequestSchema, type Tenant } from '@frontdesk/contract';
import { onCall } from 'firebase-functions/v2/https';
import { signupAllowed } from '../domain/console/signupAllowed.ts';
import { db } from '../lib/admin.ts';
import { callerIdentity, signupMode } from '../lib/callerIdentity.ts';
import { parseRequest } from '../lib/parseRequest.ts';
import { refuse } from '../lib/refuse.ts';
import { writeNewBot } from './writeNewBot.ts';

/**
 * Onboarding: a new tenant with the caller as its owner and its first bot, in one batch. Needs a verified
 * email (not an anonymous visitor); when sign-up is invite-only, only platform administrators may do it.
 */
export const createTenant = onCall({ maxInstances: 10 }, async (request): Promise<CreateTenantResponse> => {
  const caller = callerIdentity(request.auth);
  const input = parseRequest(createTenantRequestSchema, request.data);
  if (!caller.verifiedEmail) {
    throw refuse('unauthenticated', 'unauthenticated', 'Sign in with your email address to create a workspace.');
  }
  if (!signupAllowed(signupMode(), caller)) {
    throw refuse(
      'permission-denied',
      'signup_closed',
      'Sign-up is by invitation only. Ask the owner of your team to invite your email address.',
    );
  }
  const tenantRef = db.collection('tenants').doc();
  const batch = db.batch();
  batch.create(tenantRef, {
    name: input.tenantName,
    members: { [caller.uid]: 'owner' },
    memberEmails: { [caller.uid]: caller.verifiedEmail },
    retentionDays: null,
  } satisfies Tenant);
  const botId = writeNewBot(batch, {
    tenantId: tenantRef.id,
    name: input.botName,
    timezone: input.timezone,
    locale: input.locale,
  });
  await batch.commit();
  return { tenantId: tenantRef.id, botId };
});
