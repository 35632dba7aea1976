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
  token: { email?: string; email_verified?: boolean; firebase?: { sign_in_provider?: string } };
}

/**
 * The verified email a token proves, or null. A session begun anonymously proves no address, even when its
 * account has one verified since: someone may have put the address on their anonymous account before its
 * owner's first email-link sign-in (the auth blocking functions remove such accounts; this holds regardless).
 */
function provenEmail(token: CallAuth['token']): string | null {
  if (token.firebase?.sign_in_provider === 'anonymous') return null;
  return token.email_verified && token.email ? token.email.toLowerCase() : null;
}

/** Who is calling: uid, verified email and platform-admin standing; refuses calls without a signed-in user. */
export function callerIdentity(auth: CallAuth | undefined): CallerIdentity {
  if (!auth) throw refuse('unauthenticated', 'unauthenticated', 'Sign in first.');
  const email = provenEmail(auth.token);
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
