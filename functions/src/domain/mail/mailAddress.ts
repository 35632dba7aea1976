/** The bare address of a sender like `Frontdesk <no-reply@example.com>`. */
export function mailAddress(sender: string): string {
  return (/<([^>]+)>/.exec(sender)?.[1] ?? sender).trim();
}
