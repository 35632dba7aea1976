import { fetchSignInLinks } from '../../dev/src/signInLinks/fetchSignInLinks.ts';
import { eventually } from './emulators.ts';

/** The newest email sign-in link the Auth emulator issued for `email`, read as `npm start` reads it. */
export async function signInLinkFor(email: string): Promise<string> {
  return eventually(async () => {
    const links = (await fetchSignInLinks()).filter((link) => link.email === email);
    return links.at(-1)?.oobLink;
  }, `a sign-in link for ${email}`);
}
