import { expect } from 'vitest';
import { fetchSignInLinks } from '../../dev/src/signInLinks/fetchSignInLinks.ts';

/** The newest email sign-in link the Auth emulator issued for `email`, read as `npm start` reads it. */
export async function signInLinkFor(email: string): Promise<string> {
  const newestLink = async () => (await fetchSignInLinks()).filter((link) => link.email === email).at(-1)?.oobLink;
  await expect.poll(newestLink, { message: `a sign-in link for ${email}` }).toBeDefined();
  return (await newestLink()) as string;
}
