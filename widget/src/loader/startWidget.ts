import { type ChatHandle, conversationStorageKey, type MountChat, type PublicBot } from '../shared/chatContext.ts';
import { createEmitter } from '../shared/createEmitter.ts';
import { pickLocale } from '../shared/pickLocale.ts';
import { readStorage, writeStorage } from '../shared/safeStorage.ts';
import type { FrontdeskApi } from '../shared/widgetEvents.ts';
import { applyTheme } from './applyTheme.ts';
import { botCache } from './botCache.ts';
import { createLauncher, showLauncherIcon } from './createLauncher.ts';
import { createTemplatePolicy, TRUSTED_TYPES_POLICY } from './createTemplatePolicy.ts';
import { fetchPublicBot } from './fetchPublicBot.ts';
import { keepMounted } from './keepMounted.ts';
import { launcherCss } from './launcherCss.ts';
import { launcherStrings } from './launcherStrings.ts';
import type { ScriptOptions } from './readScriptOptions.ts';

export const HOST_TAG = 'frontdesk-widget';

/**
 * Shows the launcher as soon as the bot's public config is known (at once for a returning visitor), loads
 * the chat bundle on intent or at idle, and answers the public API. Returns `window.Frontdesk`.
 */
export function startWidget(options: ScriptOptions): FrontdeskApi {
  const emitter = createEmitter();
  const host = document.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(launcherCss);
  shadow.adoptedStyleSheets = [sheet];
  const openKey = `frontdesk:${options.botId}:open`;
  const unreadKey = `frontdesk:${options.botId}:unread`;

  let bot: PublicBot | null = null;
  let launcher: HTMLButtonElement | null = null;
  let chat: ChatHandle | null = null;
  let loading: Promise<void> | null = null;
  let open = false;
  let wantOpen = false;
  /** Replies (AI or team) that arrived while the panel was closed; kept for this tab across its pages. */
  let unread = Number(readStorage(() => sessionStorage, unreadKey)) || 0;
  let gone = false;
  const templatePolicy = createTemplatePolicy();
  if (templatePolicy === 'refused') {
    // The panel could not render on this page; half a widget (a launcher that cannot open) would be worse.
    gone = true;
    console.error(
      `Frontdesk: this page enforces Trusted Types, so the widget stays hidden until its Content-Security-Policy allows the widget's policy: trusted-types ${TRUSTED_TYPES_POLICY}`,
    );
  }
  let stopKeepingMounted: (() => void) | null = null;
  const locale = () => pickLocale(options.locale, bot?.appearance.locale, document.documentElement.lang);

  const show = (next: PublicBot) => {
    bot = { ...next, appearance: { ...next.appearance, ...options.overrides } };
    applyTheme(host, bot.appearance);
    if (launcher) {
      // A fresh config after the cached one: the same button takes the new look, keeping focus and clicks.
      showLauncherIcon(launcher, bot.appearance);
    } else {
      launcher = createLauncher(bot.appearance, launcherStrings[locale()].open);
      for (const intent of ['pointerenter', 'focus', 'touchstart'] as const) {
        launcher.addEventListener(intent, () => void loadChat(), { passive: true });
      }
      launcher.addEventListener('click', () => setOpen(!open));
      shadow.append(launcher);
    }
    labelLauncher();
    if (!host.isConnected) (document.body ?? document.documentElement).append(host);
    stopKeepingMounted ??= keepMounted(host);
  };

  /** The launcher's name says what a press does and how many replies came while the panel was closed. */
  function labelLauncher(): void {
    if (!launcher) return;
    const strings = launcherStrings[locale()];
    launcher.setAttribute('aria-label', open ? strings.close : unread ? strings.openUnread(unread) : strings.open);
    const badge = launcher.querySelector<HTMLElement>('.badge');
    if (!badge) return;
    badge.textContent = unread > 9 ? '9+' : String(unread);
    badge.hidden = open || unread === 0;
  }
  const setUnread = (count: number) => {
    unread = count;
    writeStorage(() => sessionStorage, unreadKey, count ? String(count) : null);
    labelLauncher();
  };
  emitter.on('message', (message) => {
    if (message.role !== 'visitor' && !open) setUnread(unread + 1);
  });

  const loadChat = (): Promise<void> => {
    loading ??= ready
      .then((current) => {
        if (!current || !launcher) throw new Error('no bot');
        const url = new URL(__CHAT_ENTRY__, options.scriptUrl).href;
        return (import(/* @vite-ignore */ url) as Promise<{ mountChat: MountChat }>).then(({ mountChat }) => {
          chat = mountChat({
            botId: options.botId,
            origin: options.origin,
            bot: current,
            locale: locale(),
            contextMode: options.context,
            shadow,
            host,
            launcher: launcher as HTMLButtonElement,
            emitter,
            templatePolicy: templatePolicy === 'refused' ? null : templatePolicy,
            setOpen,
          });
        });
      })
      .catch((error: unknown) => {
        loading = null;
        wantOpen = false;
        if (!gone) console.warn('Frontdesk: the chat could not load.', error);
      });
    return loading;
  };

  /**
   * `moveFocus`: whether opening puts the keyboard focus in the panel. It does when the visitor or the page
   * asks; it does not when the panel is only restored after a reload, or when a page opts out, so a panel
   * that appears on its own never takes keystrokes meant for the page.
   */
  function setOpen(next: boolean, moveFocus = true): void {
    if (gone) return;
    wantOpen = next;
    if (!chat) {
      if (next) void loadChat().then(() => wantOpen && setOpen(true, moveFocus));
      return;
    }
    if (next === open) return;
    const focusInside = shadow.activeElement !== null;
    open = next;
    host.toggleAttribute('data-open', open);
    launcher?.setAttribute('aria-expanded', String(open));
    if (open) setUnread(0);
    else labelLauncher();
    chat.setOpen(open, moveFocus);
    writeStorage(() => sessionStorage, openKey, open ? '1' : null);
    if (!open && focusInside) launcher?.focus({ preventScroll: true });
    emitter.emit(open ? 'open' : 'close', {});
  }

  const cached = gone ? null : botCache.read(options.botId);
  if (cached) show(cached);
  const fetched = gone ? Promise.resolve(null) : fetchPublicBot(options.botId, options.origin, location.origin);
  const ready: Promise<PublicBot | null> = fetched.then((lookup) => {
    if (!lookup) return null;
    if (lookup.status === 'ok') {
      botCache.write(options.botId, lookup.bot);
      show(lookup.bot);
      return bot;
    }
    if (lookup.status === 'unreachable') {
      if (!cached) console.warn('Frontdesk: the chat service could not be reached; the widget stays hidden.');
      return bot;
    }
    gone = true;
    botCache.write(options.botId, null);
    stopKeepingMounted?.();
    host.remove();
    console.warn(
      lookup.status === 'missing'
        ? `Frontdesk: there is no bot "${options.botId}"; check the data-bot attribute of the script tag.`
        : lookup.status === 'elsewhere'
          ? `Frontdesk: the bot "${options.botId}" is not allowed on ${location.origin}; the widget stays hidden.`
          : `Frontdesk: the bot "${options.botId}" is ${lookup.status === 'suspended' ? 'suspended' : lookup.status === 'unreviewed' ? 'waiting for review' : 'switched off'}; the widget stays hidden.`,
    );
    return null;
  });

  void ready.then(() => {
    if (gone) return;
    // A follow-up mail's link back to the conversation: open it (the chat reads and claims the link).
    const resuming = location.hash.startsWith(`#frontdesk-resume=${options.botId}.`);
    if (resuming || readStorage(() => sessionStorage, openKey) === '1') setOpen(true, false);
    const resume = readStorage(() => localStorage, conversationStorageKey(options.botId));
    if (options.preload === 'idle' || resume) {
      const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1_500));
      idle(() => void loadChat());
    }
  });

  return {
    version: __WIDGET_VERSION__,
    open: (openOptions) => setOpen(true, openOptions?.focus ?? true),
    close: () => setOpen(false),
    toggle: () => setOpen(!(open || wantOpen)),
    on: emitter.on,
  };
}
