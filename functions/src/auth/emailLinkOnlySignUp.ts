import { beforeUserCreated, HttpsError } from 'firebase-functions/v2/identity';
import { refusedSignIn, signInMethodOf } from './refusedSignIn.ts';

/**
 * Auth blocking function: an account with an email address is created by an email link only, never by
 * `accounts:signUp` with a password. Anonymous visitors of the widget are not affected.
 */
export const emailLinkOnlySignUp = beforeUserCreated({ maxInstances: 10 }, (event) => {
  const refusal = refusedSignIn({ method: signInMethodOf(event.eventType), email: event.data?.email });
  if (refusal) throw new HttpsError('permission-denied', refusal);
});
