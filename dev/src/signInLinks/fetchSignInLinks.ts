import { localConfig } from '../localConfig.ts';

export interface SignInLink {
  email: string;
  oobCode: string;
  /** Opens the console signed in: the Auth emulator redirects it to the console with the one-time code. */
  oobLink: string;
}

/**
 * Email sign-in links the Auth emulator has issued, oldest first. The emulator sends no mail; it lists
 * the links at `/emulator/v1/projects/{project}/oobCodes` instead.
 */
export async function fetchSignInLinks(): Promise<SignInLink[]> {
  const { host, ports, projectId } = localConfig;
  const response = await fetch(`http://${host}:${ports.auth}/emulator/v1/projects/${projectId}/oobCodes`);
  if (!response.ok) throw new Error(`Auth emulator answered ${response.status} for its sign-in links.`);
  const body = (await response.json()) as { oobCodes?: Array<SignInLink & { requestType: string }> };
  return (body.oobCodes ?? [])
    .filter((code) => code.requestType === 'EMAIL_SIGNIN')
    .map(({ email, oobCode, oobLink }) => ({ email, oobCode, oobLink }));
}
