import { Match, Switch } from 'solid-js';
import { t } from './i18n/strings.ts';
import { describeCallError } from './lib/describeCallError.ts';
import { refreshWhoAmI, session } from './lib/session.ts';
import { Routes } from './Routes.tsx';
import { SignIn } from './screens/SignIn.tsx';

/** Signed out: the sign-in screen. Signed in: the console, once the server said who the user is. */
export function App() {
  return (
    <Switch>
      <Match when={session.user() === undefined}>
        <p class="page-loading" role="status">
          {t.loading}
        </p>
      </Match>
      <Match when={session.user() === null}>
        <SignIn />
      </Match>
      <Match when={session.whoAmIError()}>
        <main id="main" class="signin">
          <div class="card signin-card">
            <p role="alert">{describeCallError(session.whoAmIError())}</p>
            <button type="button" class="primary" onClick={() => void refreshWhoAmI()}>
              {t.retry}
            </button>
          </div>
        </main>
      </Match>
      <Match when={!session.whoAmI()}>
        <p class="page-loading" role="status">
          {t.loading}
        </p>
      </Match>
      <Match when={session.whoAmI()}>
        <Routes />
      </Match>
    </Switch>
  );
}
