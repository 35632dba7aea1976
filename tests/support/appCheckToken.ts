import { localConfig } from '../../dev/src/localConfig.ts';

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * An App Check token as the Functions emulator accepts it: it decodes `X-Firebase-AppCheck` without checking
 * the signature (there is no App Check emulator), so an unsigned token naming a web app passes as that app —
 * the same shape the widget's emulator build sends. A deployed function verifies the signature and would
 * refuse this.
 */
export function emulatorAppCheckToken(appId = '1:000000000000:web:frontdesk-tests'): string {
  const now = Math.floor(Date.now() / 1000);
  const payload = {
    sub: appId,
    aud: [`projects/${localConfig.projectId}`],
    iss: 'https://firebaseappcheck.googleapis.com/000000000000',
    iat: now,
    exp: now + 3600,
  };
  return `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(payload)}.`;
}
