import type { Appearance } from '@frontdesk/contract';

/** `accentColor` → `accent-color`, the data-* attribute name the widget reads the override from. */
const kebab = (key: string) => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/**
 * The address of the preview page for a bot with unsaved appearance values as overrides. `version` changes
 * after a save, so the frame reloads and shows what sites now get.
 */
export function previewUrl(botId: string, appearance: Partial<Appearance>, version: number, open = true): string {
  const params = new URLSearchParams({ bot: botId });
  for (const [key, value] of Object.entries(appearance)) {
    if (value !== undefined && value !== null && String(value).trim() !== '') params.set(kebab(key), String(value));
  }
  if (open) params.set('open', '1');
  params.set('v', String(version));
  return `/preview.html?${params.toString()}`;
}
