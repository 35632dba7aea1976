/**
 * Notification addresses must be the verified emails of the bot's team (`tenants/{id}.memberEmails`): nobody
 * outside the team receives booking mail they never asked for. Checked when settings are saved and again
 * whenever a mail is written, so an address that left the team gets nothing. Compared without case.
 */
export function addressesOutsideTeam(addresses: string[], memberEmails: Record<string, string> | undefined): string[] {
  const team = teamAddresses(memberEmails);
  return addresses.filter((address) => !team.has(address.toLowerCase()));
}

/** The notification addresses that belong to the team now, each once. */
export function teamNotificationRecipients(
  addresses: string[],
  memberEmails: Record<string, string> | undefined,
): string[] {
  const team = teamAddresses(memberEmails);
  const seen = new Set<string>();
  return addresses.filter((address) => {
    const key = address.toLowerCase();
    if (!team.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function teamAddresses(memberEmails: Record<string, string> | undefined): Set<string> {
  return new Set(Object.values(memberEmails ?? {}).map((email) => email.toLowerCase()));
}
