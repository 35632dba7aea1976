import type { Appearance } from '@frontdesk/contract';

export interface ScriptOptions {
  botId: string;
  /** Origin that served the script: the Firebase Hosting site of the Frontdesk install. */
  origin: string;
  /** The script's own URL, against which the chat bundle is resolved. */
  scriptUrl: string;
  /** `idle`: load the chat bundle when the browser is idle, not only on intent. */
  preload: 'intent' | 'idle';
  /** `data-locale`: the UI language, whatever the bot and the page say. */
  locale: string | undefined;
  /**
   * What the widget tells the team about the visitor's page: `page` (URL without its query string, referrer,
   * title, language, time zone), `full` with the query string (`data-context-query`), or nothing (`data-context="off"`).
   */
  context: 'off' | 'page' | 'full';
  /** `data-*` appearance overrides, for trying a look before saving it in the console. */
  overrides: Partial<Appearance>;
}

const textKeys = ['title', 'welcomeMessage', 'placeholder', 'launcherEmoji', 'fontFamily'] as const;
const colorKeys = [
  'accentColor',
  'accentHoverColor',
  'visitorBubbleColor',
  'visitorTextColor',
  'botBubbleColor',
  'botTextColor',
] as const;
const hexColor = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

/**
 * Reads the `data-*` attributes of the widget's `<script>` tag (`data-bot`, `data-preload`, `data-locale`
 * and appearance overrides such as `data-accent-color`). Values are checked as the contract checks them.
 */
export function readScriptOptions(script: HTMLScriptElement | null): ScriptOptions | null {
  const data = script?.dataset;
  const botId = data?.bot?.trim();
  if (!script || !data || !botId) return null;
  const scriptUrl = new URL(script.src, location.href);
  const overrides: Partial<Appearance> = {};
  for (const key of textKeys) {
    const value = data[key]?.trim();
    if (value) overrides[key] = value;
  }
  for (const key of colorKeys) {
    const value = data[key]?.trim();
    if (value && hexColor.test(value)) overrides[key] = value;
  }
  if (data.logoUrl?.startsWith('https://')) overrides.logoUrl = data.logoUrl;
  const position = data.position;
  if (position === 'bottom-right' || position === 'bottom-left' || position === 'bottom-center') {
    overrides.position = position;
  }
  return {
    botId,
    origin: scriptUrl.origin,
    scriptUrl: scriptUrl.href,
    preload: data.preload === 'idle' ? 'idle' : 'intent',
    locale: data.locale?.trim() || undefined,
    context: data.context === 'off' ? 'off' : data.contextQuery === undefined ? 'page' : 'full',
    overrides,
  };
}
