import type { Appearance } from '@frontdesk/contract';
import { readableTextOn } from './readableTextOn.ts';

/**
 * Puts the bot's colours and font on the host element as CSS custom properties. CSSOM
 * (`style.setProperty`) works under a strict CSP, where a `style` attribute would be blocked.
 */
export function applyTheme(host: HTMLElement, appearance: Appearance): void {
  const accent = appearance.accentColor;
  const vars: Record<string, string | undefined> = {
    '--fd-accent': accent,
    '--fd-accent-hover': appearance.accentHoverColor ?? accent,
    '--fd-accent-text': readableTextOn(accent),
    '--fd-visitor-bg': appearance.visitorBubbleColor ?? accent,
    '--fd-visitor-text': appearance.visitorTextColor ?? readableTextOn(appearance.visitorBubbleColor ?? accent),
    '--fd-bot-bg': appearance.botBubbleColor,
    '--fd-bot-text':
      appearance.botTextColor ?? (appearance.botBubbleColor && readableTextOn(appearance.botBubbleColor)),
    '--fd-font': appearance.fontFamily,
  };
  for (const [name, value] of Object.entries(vars)) {
    if (value) host.style.setProperty(name, value);
    else host.style.removeProperty(name);
  }
  host.dataset.position = appearance.position ?? 'bottom-right';
}
