/**
 * Whether inviting an address again sends the invitation mail again: not while the last one is younger than
 * the cooldown, so repeated invitations cannot make the platform mail an address at will. The earlier mail's
 * link keeps working (joining is signing in with the address), so nobody loses anything by the wait.
 */
export function invitationMailDue(lastMailedAt: number | null, now: number, cooldownMinutes: number): boolean {
  return lastMailedAt === null || now - lastMailedAt >= cooldownMinutes * 60_000;
}
