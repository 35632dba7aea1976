import { getAuth } from 'firebase-admin/auth';
import { HttpsError } from 'firebase-functions/v2/identity';
import '../lib/admin.ts';

export const UNPROVEN_ACCOUNT_REFUSAL =
  'This address was held by an account that had not proven it, so that account was removed. Request a new sign-in link.';

/**
 * Called as someone signs in with an email link. An account whose address was not yet verified before this
 * sign-in did not get it from a link: someone put the address on an account of their own (an anonymous one,
 * with or without a password) and still holds a session on it, which the link would now verify. That account
 * is deleted, with every session on it, and the sign-in refused; the next link creates a fresh account for
 * the owner of the address. The account is read as stored, before this sign-in changes it.
 */
export async function removeUnprovenAccount(uid: string): Promise<void> {
  const stored = await getAuth()
    .getUser(uid)
    .catch((error: { code?: string }) => {
      if (error.code === 'auth/user-not-found') return null; // not stored yet: made by this very link
      throw error;
    });
  if (!stored || stored.emailVerified) return;
  await getAuth().deleteUser(uid);
  throw new HttpsError('permission-denied', UNPROVEN_ACCOUNT_REFUSAL);
}
