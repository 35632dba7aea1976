import type { Appearance } from '@frontdesk/contract';

/** The preview page asks its parent for what to show once it can listen. */
export const PREVIEW_READY = 'frontdesk:preview-ready';
/** The console's answer: the bot and its unsaved appearance. */
export const PREVIEW_SHOW = 'frontdesk:preview-show';

export interface PreviewMessage {
  type: typeof PREVIEW_SHOW;
  botId: string;
  /** data-* attribute name (kebab-case, without `data-`) → value: the widget's per-page overrides. */
  overrides: Record<string, string>;
  /** Open the chat panel too, so it shows with the launcher. */
  open: boolean;
}

/** `accentColor` → `accent-color`, the data-* attribute name the widget reads the override from. */
const kebab = (key: string) => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/**
 * What the console posts to its preview frame (console/public/preview.html) for a bot with unsaved appearance
 * values; empty values are left out, so the widget shows its own default for them.
 */
export function previewMessage(botId: string, appearance: Partial<Appearance>, open = true): PreviewMessage {
  const overrides: Record<string, string> = {};
  for (const [key, value] of Object.entries(appearance)) {
    if (value !== undefined && value !== null && String(value).trim() !== '') overrides[kebab(key)] = String(value);
  }
  return { type: PREVIEW_SHOW, botId, overrides, open };
}
