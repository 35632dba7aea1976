import { randomUUID } from 'node:crypto';
import { localConfig } from '../../dev/src/localConfig.ts';

const authUrl = `http://${localConfig.host}:${localConfig.ports.auth}`;
const identityToolkit = `${authUrl}/identitytoolkit.googleapis.com/v1`;

/** A fresh address at the Auth emulator, so tests never share accounts. */
export const freshEmail = (name: string) => `${name}-${randomUUID().slice(0, 8)}@example.com`;

export interface EmailUser {
  uid: string;
  email: string;
  idToken: string;
}

async function post<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(`${identityToolkit}/${path}?key=demo-api-key`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * Signs in with an email link exactly as the console does: asks the Auth emulator to send the link, reads the
 * code from the emulator's list of sent codes, and completes the sign-in. The address ends up verified.
 */
export async function signInWithEmailLink(email: string): Promise<EmailUser> {
  await post('accounts:sendOobCode', {
    requestType: 'EMAIL_SIGNIN',
    email,
    continueUrl: `http://${localConfig.host}:${localConfig.ports.hosting}/`,
    canHandleCodeInApp: true,
  });
  const codes = (await (await fetch(`${authUrl}/emulator/v1/projects/${localConfig.projectId}/oobCodes`)).json()) as {
    oobCodes: Array<{ email: string; oobCode: string; requestType: string }>;
  };
  const code = codes.oobCodes.filter((entry) => entry.email === email && entry.requestType === 'EMAIL_SIGNIN').at(-1);
  if (!code) throw new Error(`The Auth emulator sent no sign-in link to ${email}.`);
  const signedIn = await post<{ localId: string; idToken: string }>('accounts:signInWithEmailLink', {
    email,
    oobCode: code.oobCode,
  });
  return { uid: signedIn.localId, email, idToken: signedIn.idToken };
}
