import { paths, revokeInviteRequestSchema } from '@frontdesk/contract';
import { onCall } from 'firebase-functions/v2/https';
import { db } from '../lib/admin.ts';
import { parseRequest } from '../lib/parseRequest.ts';
import { requireTenantPermission } from '../lib/requirePermission.ts';
import { requireUid } from '../lib/requireUid.ts';

/** Owners withdraw a pending invitation; signing in with that address then joins nothing. */
export const revokeInvite = onCall({ maxInstances: 10 }, async (request): Promise<{ email: string }> => {
  const uid = requireUid(request.auth);
  const input = parseRequest(revokeInviteRequestSchema, request.data);
  const email = input.email.toLowerCase();
  await requireTenantPermission(uid, input.tenantId, 'team');
  const inviteRef = db.doc(`${paths.invites(input.tenantId)}/${email}`);
  // Idempotent: withdrawing an invitation that is gone (accepted or withdrawn already) changes nothing.
  await inviteRef.delete();
  return { email };
});
