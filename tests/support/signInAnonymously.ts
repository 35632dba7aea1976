import { localConfig } from '../../dev/src/localConfig.ts';

/** Signs up an anonymous user on the Auth emulator, as the widget does, and returns its uid and ID token. */
export async function signInAnonymously(): Promise<{ uid: string; idToken: string }> {
  const response = await fetch(
    `http://${localConfig.host}:${localConfig.ports.auth}/identitytoolkit.googleapis.com/v1/accounts:signUp?key=demo-api-key`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ returnSecureToken: true }),
    },
  );
  const body = (await response.json()) as { localId: string; idToken: string };
  return { uid: body.localId, idToken: body.idToken };
}
