export type SignupMode = 'open' | 'invite';

/** The param's value as a mode; anything but `open` closes sign-up, so a typo never opens it by accident. */
export function parseSignupMode(value: string): SignupMode {
  return value.trim().toLowerCase() === 'open' ? 'open' : 'invite';
}

/** Who may create a tenant: any user with a verified email when sign-up is open, else platform admins only. */
export function signupAllowed(mode: SignupMode, caller: { platformAdmin: boolean }): boolean {
  return mode === 'open' || caller.platformAdmin;
}
