import { beforeUserSignedIn, HttpsError } from 'firebase-functions/v2/identity';
import { refusedSignIn, signInMethodOf } from './refusedSignIn.ts';
import { removeUnprovenAccount } from './removeUnprovenAccount.ts';

/**
 * Auth blocking function: an account with an email address is signed in to by an email link only, so a
 * password set on the address never grants anything. An email-link sign-in to an account that held the
 * address before it was ever proven (someone put it on their own account) removes that account first.
 */
export const emailLinkOnlySignIn = beforeUserSignedIn({ maxInstances: 10 }, async (event) => {
  const method = signInMethodOf(event.eventType);
  const refusal = refusedSignIn({ method, email: event.data?.email });
  if (refusal) throw new HttpsError('permission-denied', refusal);
  if (method === 'emailLink' && event.data) await removeUnprovenAccount(event.data.uid);
});
