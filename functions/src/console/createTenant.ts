import type { Tenant } from '@frontdesk/contract';
import { FieldPath } from 'firebase-admin/firestore';
import { recordAudit } from '../audit/recordAudit.ts';
import { maxTenantsPerUser } from '../config.ts';
import { signupAllowed } from '../domain/access/signupAllowed.ts';
import { db } from '../lib/admin.ts';
import { signupMode } from '../lib/callerIdentity.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { refuse } from '../lib/refuse.ts';
import { writeNewBot } from './writeNewBot.ts';

/**
 * Onboarding: a new tenant with the caller as its owner and its first bot, in one batch. Needs a verified
 * email (not an anonymous visitor); when sign-up is invite-only, only platform administrators may do it, and
 * nobody but them may own more than MAX_TENANTS_PER_USER tenants.
 */
export const createTenant = defineCallable('createTenant', { maxInstances: 10 }, async ({ caller, input }) => {
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
  const limit = maxTenantsPerUser.value();
  const owned = db.collection('tenants').where(new FieldPath('members', caller.uid), '==', 'owner').limit(limit);
  // In a transaction with the count, so parallel calls cannot pass the limit together.
  const botId = await db.runTransaction(async (tx) => {
    if (!caller.platformAdmin && (await tx.get(owned)).size >= limit) {
      throw refuse(
        'resource-exhausted',
        'tenant_limit',
        `You already own ${limit} businesses, the most one person may create here. Add bots to one of them instead.`,
      );
    }
    tx.create(tenantRef, {
      name: input.tenantName,
      members: { [caller.uid]: 'owner' },
      memberEmails: { [caller.uid]: caller.verifiedEmail as string },
      retentionDays: null,
    } satisfies Tenant);
    recordAudit(tx, {
      tenantId: tenantRef.id,
      actorUid: caller.uid,
      action: 'tenant.create',
      target: `tenants/${tenantRef.id}`,
      after: { name: input.tenantName },
    });
    return writeNewBot(tx, {
      tenantId: tenantRef.id,
      name: input.botName,
      timezone: input.timezone,
      locale: input.locale,
      website: input.website,
    });
  });
  return { tenantId: tenantRef.id, botId };
});
