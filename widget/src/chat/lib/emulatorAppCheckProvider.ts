import type { FirebaseOptions } from 'firebase/app';
import { CustomProvider } from 'firebase/app-check';

const base64url = (value: object) =>
  btoa(JSON.stringify(value)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');

/**
 * The provider of emulator builds. There is no App Check emulator (the SDK's debug provider trades its
 * token at the real App Check service), and the Functions emulator decodes `X-Firebase-AppCheck` without
 * checking a signature: an unsigned token naming the web app passes there as that app. A deployed function
 * verifies the signature and refuses it, so this proves the wiring, not the attestation.
 */
export function emulatorAppCheckProvider(config: FirebaseOptions): CustomProvider {
  const appId = config.appId ?? `1:000000000000:web:${config.projectId}-emulator`;
  return new CustomProvider({
    getToken: async () => {
      const issuedAt = Math.floor(Date.now() / 1000);
      const expiresAt = issuedAt + 3600;
      const payload = {
        sub: appId,
        aud: [`projects/${config.projectId}`],
        iss: 'https://firebaseappcheck.googleapis.com/000000000000',
        iat: issuedAt,
        exp: expiresAt,
      };
      return {
        token: `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(payload)}.`,
        expireTimeMillis: expiresAt * 1000,
      };
    },
  });
}
