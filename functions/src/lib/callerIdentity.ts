import { platformAdminEmails, signupModeParam } from '../config.ts';
import { parseEmailList } from '../domain/access/parseEmailList.ts';
import { parseSignupMode, type SignupMode } from '../domain/access/signupAllowed.ts';
import { refuse } from './refuse.ts';

export interface CallerIdentity {
  uid: string;
  /** Lowercased, and only when the address is verified (an email-link sign-in verifies it). */
  verifiedEmail: string | null;
  platformAdmin: boolean;
}

interface CallAuth {
  uid: string;
  token: { email?: string; email_verified?: boolean };
}

/** Who is calling: uid, verified email and platform-admin standing; refuses calls without a signed-in user. */
export function callerIdentity(auth: CallAuth | undefined): CallerIdentity {
  if (!auth) throw refuse('unauthenticated', 'unauthenticated', 'Sign in first.');
  const email = auth.token.email_verified && auth.token.email ? auth.token.email.toLowerCase() : null;
  return {
    uid: auth.uid,
    verifiedEmail: email,
    platformAdmin: email !== null && parseEmailList(platformAdminEmails.value()).includes(email),
  };
}

/** Refuses anyone who is not a platform administrator. */
export function requirePlatformAdmin(auth: CallAuth | undefined): CallerIdentity {
  const caller = callerIdentity(auth);
  if (!caller.platformAdmin) {
    throw refuse('permission-denied', 'not_platform_admin', 'Only platform administrators can do this.');
  }
  return caller;
}

export function signupMode(): SignupMode {
  return parseSignupMode(signupModeParam.value());
}
