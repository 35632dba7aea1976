/**
 * How visitor callables treat App Check (the APP_CHECK param):
 * - `off`: tokens are not looked at;
 * - `monitor`: calls without a valid token are served and logged, to see who would be refused;
 * - `enforce`: calls without a valid token are refused with `app_check_failed`.
 */
export const appCheckModes = ['off', 'monitor', 'enforce'] as const;
export type AppCheckMode = (typeof appCheckModes)[number];

/** What a call carried: no token, a token that did not verify, or one that did. */
export type AppCheckState = 'missing' | 'invalid' | 'valid';

export type AppCheckAction = 'serve' | 'serve_and_log' | 'refuse';

/**
 * The mode a param value names. A value that names no mode (a typo) is read as `enforce`: a security
 * switch fails closed, and the refusals show at once that the setting is wrong.
 */
export function appCheckModeFrom(value: string): AppCheckMode {
  const normalized = value.trim().toLowerCase();
  return (appCheckModes as readonly string[]).includes(normalized) ? (normalized as AppCheckMode) : 'enforce';
}

/**
 * The state of a call's token from what firebase-functions left on the request: it sets `request.app` only
 * when the `X-Firebase-AppCheck` header verified, and a verified token always names its app. (The Functions
 * emulator decodes the header without verifying it, so there a header that is no token at all arrives as an
 * `app` without an id: read as invalid.)
 */
export function appCheckState(evidence: { header: string | undefined; appId: unknown }): AppCheckState {
  if (typeof evidence.appId === 'string' && evidence.appId !== '') return 'valid';
  return evidence.header ? 'invalid' : 'missing';
}

export function appCheckAction(mode: AppCheckMode, state: AppCheckState): AppCheckAction {
  if (mode === 'off' || state === 'valid') return 'serve';
  return mode === 'monitor' ? 'serve_and_log' : 'refuse';
}
