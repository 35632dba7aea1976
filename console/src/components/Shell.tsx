import type { Bot } from '@frontdesk/contract';
import { createEffect, createSignal, For, type JSX, on, Show } from 'solid-js';
import { t } from '../i18n/strings.ts';
import { href, navigate, routeSegments } from '../lib/hashRoute.ts';
import type { WithId } from '../lib/listen.ts';
import { can, session, signOut } from '../lib/session.ts';
import { LanguagePicker } from './LanguagePicker.tsx';

interface ShellProps {
  tenantId?: string;
  botId?: string | undefined;
  bots?: WithId<Bot>[];
  children: JSX.Element;
}

/**
 * The frame of every signed-in screen: a header with the user and sign-out, a navigation that is a sidebar
 * on wide screens and a disclosure menu on narrow ones, and the screen itself in `<main>`.
 */
export function Shell(props: ShellProps) {
  const [menuOpen, setMenuOpen] = createSignal(false);
  // Following a link closes the narrow-screen menu, so the chosen screen is what the user sees.
  createEffect(on(routeSegments, () => setMenuOpen(false), { defer: true }));

  const screen = () => routeSegments()[4] ?? routeSegments()[2] ?? '';
  const memberships = () => session.whoAmI()?.memberships ?? [];

  function switchBot(botId: string) {
    const sub = ['settings', 'conversations', 'bookings', 'knowledge'].includes(screen()) ? screen() : 'conversations';
    if (props.tenantId) navigate('t', props.tenantId, 'b', botId, sub);
  }

  return (
    <div class="shell">
      {/* A button, not a link: "#main" would be read as a route by the hash router. */}
      <button type="button" class="skip-link" onClick={() => document.getElementById('main')?.focus()}>
        {t.skipToContent}
      </button>
      <header class="topbar">
        <a class="brand" href={href()}>
          {t.appName}
        </a>
        <button
          type="button"
          class="menu-button"
          aria-expanded={menuOpen()}
          aria-controls="main-nav"
          onClick={() => setMenuOpen(!menuOpen())}
        >
          {t.nav.menu}
        </button>
        <div class="user">
          <span class="user-email">{session.user()?.email}</span>
          <button type="button" class="secondary" onClick={() => void signOut()}>
            {t.signOut}
          </button>
        </div>
      </header>
      <div class="layout">
        <nav id="main-nav" class="sidebar" classList={{ open: menuOpen() }} aria-label={t.nav.label}>
          <Show when={memberships().length > 0}>
            <label class="switcher">
              <span>{t.nav.tenant}</span>
              <select
                value={props.tenantId ?? ''}
                onChange={(event) => event.currentTarget.value && navigate('t', event.currentTarget.value)}
              >
                <Show when={!props.tenantId}>
                  <option value="">—</option>
                </Show>
                <For each={memberships()}>
                  {(membership) => <option value={membership.tenantId}>{membership.tenantName}</option>}
                </For>
              </select>
            </label>
          </Show>
          <Show when={props.tenantId && props.bots && props.bots.length > 0}>
            <label class="switcher">
              <span>{t.nav.bot}</span>
              <select value={props.botId ?? ''} onChange={(event) => switchBot(event.currentTarget.value)}>
                <For each={props.bots}>
                  {(bot) => <option value={bot.id}>{bot.name ?? bot.appearance.title}</option>}
                </For>
              </select>
            </label>
          </Show>
          <Show when={props.tenantId}>
            {(tenantId) => (
              <ul>
                <Show when={props.botId}>
                  {(botId) => (
                    <>
                      <li>
                        <NavLink to={['t', tenantId(), 'b', botId(), 'conversations']}>{t.nav.conversations}</NavLink>
                      </li>
                      <li>
                        <NavLink to={['t', tenantId(), 'b', botId(), 'bookings']}>{t.nav.bookings}</NavLink>
                      </li>
                      <Show when={can(tenantId(), 'bots')}>
                        <li>
                          <NavLink to={['t', tenantId(), 'b', botId(), 'knowledge']}>{t.nav.knowledge}</NavLink>
                        </li>
                      </Show>
                      <li>
                        <NavLink to={['t', tenantId(), 'b', botId(), 'settings']}>{t.nav.editor}</NavLink>
                      </li>
                    </>
                  )}
                </Show>
                <li>
                  <NavLink to={['t', tenantId(), 'bots']}>{t.nav.bots}</NavLink>
                </li>
                <li>
                  <NavLink to={['t', tenantId(), 'team']}>{t.nav.team}</NavLink>
                </li>
                <li>
                  <NavLink to={['t', tenantId(), 'usage']}>{t.nav.usage}</NavLink>
                </li>
                <Show when={can(tenantId(), 'data')}>
                  <li>
                    <NavLink to={['t', tenantId(), 'data']}>{t.nav.data}</NavLink>
                  </li>
                </Show>
                <Show when={can(tenantId(), 'bots')}>
                  <li>
                    <NavLink to={['t', tenantId(), 'webhooks']}>{t.nav.webhooks}</NavLink>
                  </li>
                </Show>
              </ul>
            )}
          </Show>
          <ul class="nav-secondary">
            <Show when={session.whoAmI()?.signupMode === 'open' || session.whoAmI()?.platformAdmin}>
              <li>
                <NavLink to={['onboarding']}>{t.nav.newTenant}</NavLink>
              </li>
            </Show>
            <Show when={session.whoAmI()?.platformAdmin}>
              <li>
                <NavLink to={['admin']}>{t.nav.admin}</NavLink>
              </li>
            </Show>
          </ul>
          {/* In the navigation, so it also sits in the narrow screens' menu rather than crowding the top bar. */}
          <div class="switcher">
            {/* The select names itself (aria-label) with the same word. */}
            <span aria-hidden="true">{t.language}</span>
            <LanguagePicker />
          </div>
        </nav>
        <main id="main" tabindex="-1">
          {props.children}
        </main>
      </div>
    </div>
  );
}

/** A navigation link marked `aria-current="page"` while its route (or a route below it) is shown. */
function NavLink(props: { to: string[]; children: JSX.Element }) {
  const current = () => {
    const here = routeSegments().join('/');
    const target = props.to.join('/');
    return here === target || here.startsWith(`${target}/`) ? 'page' : undefined;
  };
  return (
    <a href={href(...props.to)} aria-current={current()}>
      {props.children}
    </a>
  );
}
