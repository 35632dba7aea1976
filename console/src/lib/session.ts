import type { MemberRole, Permission, WhoAmIResponse } from '@frontdesk/contract';
import { rolePermissions } from '@frontdesk/contract';
import {
  signOut as firebaseSignOut,
  isSignInWithEmailLink,
  onAuthStateChanged,
  sendSignInLinkToEmail,
  signInWithEmailLink,
  type User,
} from 'firebase/auth';
import { createSignal } from 'solid-js';
import { call } from './callables.ts';
import { auth } from './firebase.ts';

/** Where the address a link was sent to waits until the link is opened (same browser). */
const PENDING_EMAIL_KEY = 'frontdesk.signInEmail';

const [user, setUser] = createSignal<User | null | undefined>(undefined);
const [whoAmI, setWhoAmI] = createSignal<WhoAmIResponse>();
const [whoAmIError, setWhoAmIError] = createSignal<unknown>();

onAuthStateChanged(auth, (next) => {
  setUser(next);
  setWhoAmI(undefined);
  setWhoAmIError(undefined);
  if (next) void refreshWhoAmI();
});

/** Asks the server who the user is; it also accepts pending invitations, so call it after sign-in. */
export async function refreshWhoAmI(): Promise<void> {
  try {
    setWhoAmI(await call('whoAmI', {}));
    setWhoAmIError(undefined);
  } catch (error) {
    setWhoAmIError(error);
  }
}

export const session = { user, whoAmI, whoAmIError };

/** The user's role in a tenant, from whoAmI. */
export function roleIn(tenantId: string | undefined): MemberRole | undefined {
  return whoAmI()?.memberships.find((membership) => membership.tenantId === tenantId)?.role;
}

/** Whether the user's role in a tenant grants a permission (the server checks again; this only hides controls). */
export function can(tenantId: string | undefined, permission: Permission): boolean {
  const role = roleIn(tenantId);
  return role ? (rolePermissions[role] as readonly string[]).includes(permission) : false;
}

export async function sendSignInLink(email: string): Promise<void> {
  await sendSignInLinkToEmail(auth, email, {
    url: `${location.origin}${location.pathname}`,
    handleCodeInApp: true,
  });
  localStorage.setItem(PENDING_EMAIL_KEY, email);
}

/** Whether this page was opened from a sign-in link. */
export function openedFromSignInLink(): boolean {
  return isSignInWithEmailLink(auth, location.href);
}

/** The address the link was sent to, when it was requested in this browser. */
export function pendingSignInEmail(): string | null {
  return localStorage.getItem(PENDING_EMAIL_KEY);
}

/** Completes sign-in from the link in the address bar, then removes the one-time code from the URL. */
export async function completeSignIn(email: string): Promise<void> {
  await signInWithEmailLink(auth, email, location.href);
  localStorage.removeItem(PENDING_EMAIL_KEY);
  history.replaceState(null, '', `${location.pathname}${location.hash}`);
}

export async function signOut(): Promise<void> {
  await firebaseSignOut(auth);
  location.hash = '';
}
