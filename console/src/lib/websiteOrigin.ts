/**
 * The origin of a website as a person types it (`www.example.com`, `https://example.com/shop`): the bot's
 * first allowed origin. Without a scheme, https. Text that is no web address comes back as typed, so the
 * callable names what is wrong with it.
 */
export function websiteOrigin(text: string): string | undefined {
  const typed = text.trim();
  if (!typed) return undefined;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(typed) ? typed : `https://${typed}`);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : typed;
  } catch {
    return typed;
  }
}
