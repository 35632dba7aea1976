import { refuse } from './refuse.ts';

/** The caller's uid; anonymous visitors count as signed in. */
export function requireUid(auth: { uid: string } | undefined): string {
  if (!auth) {
    throw refuse('unauthenticated', 'unauthenticated', 'Sign in first (the widget signs visitors in anonymously).');
  }
  return auth.uid;
}
