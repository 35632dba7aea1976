/** Gives the App Check token to send with a call, or null when App Check is not set up or failed. */
export type AppCheckTokens = () => Promise<string | null>;

let started: Promise<(() => Promise<string>) | null> | null = null;

/**
 * Loads App Check (its SDK is a chunk of its own) and starts the first attestation, once. The chat calls
 * this when the visitor starts typing, so the attestation (for reCAPTCHA, Google's script and a round trip)
 * runs while they type, and neither the chat's opening nor its size budget carries it.
 */
export function warmAppCheck(): void {
  // Whether this build has a provider: reCAPTCHA Enterprise with the install's site key
  // (`FRONTDESK_APP_CHECK_SITE_KEY` at build time), or the local one of emulator builds. Written out here, on
  // the compile-time constants, so a build without one drops the import and ships no App Check code at all.
  if ((!__EMULATOR_PORTS__ && !__APP_CHECK_SITE_KEY__) || started) return;
  started = import('./startAppCheck.ts')
    .then((module) => module.startAppCheck(__FIREBASE_CONFIG__))
    .catch(() => {
      started = null; // the chunk did not load: the next call tries again
      return null;
    });
}

/**
 * The token for a callable, starting App Check if typing has not. Without one the call still goes out:
 * APP_CHECK=monitor logs it, enforce refuses it with `app_check_failed`, which the chat explains.
 */
export const appCheckToken: AppCheckTokens = async () => {
  warmAppCheck();
  const token = await started;
  return token ? token().catch(() => null) : null;
};
