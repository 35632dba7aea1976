/** A comma-separated list of addresses (a param such as PLATFORM_ADMIN_EMAILS), trimmed and lowercased. */
export function parseEmailList(list: string): string[] {
  return list
    .split(',')
    .map((email) => email.trim().toLowerCase())
    .filter((email) => email.includes('@'));
}
