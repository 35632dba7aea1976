/** What a blocking function learns of a sign-up or sign-in attempt. */
export interface SignInAttempt {
  /** `emailLink`, `password`, …: the suffix of the event type; none for an anonymous visitor. */
  method: string | undefined;
  /** The account's email address, if it has one. */
  email: string | undefined;
}

export const PASSWORD_REFUSAL = 'Sign in with the link we email you: this service does not use passwords.';

/**
 * Why an attempt is refused, or null when it may go on. The console signs in by email link only and the widget
 * anonymously, so an account with an email address is reached by a link or not at all. The Email/Password
 * provider must be on for email links, which lets anyone call the password endpoints: a password set on an
 * address (before or after its owner signs in) must never open the account.
 */
export function refusedSignIn(attempt: SignInAttempt): string | null {
  if (attempt.method === 'emailLink') return null;
  if (attempt.method === 'password' || attempt.email) return PASSWORD_REFUSAL;
  return null;
}

/** The sign-in method an auth blocking event names: `…/user.beforeSignIn:emailLink` → `emailLink`. */
export function signInMethodOf(eventType: string): string | undefined {
  const separator = eventType.lastIndexOf(':');
  return separator === -1 ? undefined : eventType.slice(separator + 1) || undefined;
}
