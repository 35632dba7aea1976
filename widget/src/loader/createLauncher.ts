import type { Appearance } from '@frontdesk/contract';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * The round launcher button: the bot's logo or emoji, a chevron while the panel is open, and a badge with
 * the number of replies that came while it was closed.
 */
export function createLauncher(appearance: Appearance, label: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'launcher';
  button.setAttribute('aria-label', label);
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-haspopup', 'dialog');
  const openIcon = document.createElement('span');
  openIcon.className = 'icon-open';
  openIcon.setAttribute('aria-hidden', 'true');
  const closeIcon = document.createElementNS(SVG, 'svg');
  closeIcon.setAttribute('class', 'icon-close');
  closeIcon.setAttribute('viewBox', '0 0 24 24');
  closeIcon.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', 'M6 9l6 6 6-6');
  closeIcon.append(path);
  const badge = document.createElement('span');
  badge.className = 'badge';
  badge.setAttribute('aria-hidden', 'true'); // the button's name says it
  badge.hidden = true;
  button.append(openIcon, closeIcon, badge);
  showLauncherIcon(button, appearance);
  return button;
}

/**
 * Puts the bot's logo or emoji on the launcher, touching the DOM only when it changed: the button itself
 * stays, so a fresh config arriving mid-click or while it has the focus loses neither.
 */
export function showLauncherIcon(button: HTMLButtonElement, appearance: Appearance): void {
  const openIcon = button.querySelector<HTMLElement>('.icon-open');
  const icon = appearance.logoUrl ?? (appearance.launcherEmoji || '💬');
  if (!openIcon || openIcon.dataset.icon === icon) return;
  openIcon.dataset.icon = icon;
  if (appearance.logoUrl) {
    const img = document.createElement('img');
    img.src = appearance.logoUrl;
    img.alt = '';
    openIcon.replaceChildren(img);
  } else {
    openIcon.textContent = icon;
  }
}
