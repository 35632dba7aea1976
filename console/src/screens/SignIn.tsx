import { createSignal, Match, onMount, Switch } from 'solid-js';
import { ActionStatus } from '../components/ActionStatus.tsx';
import { Field } from '../components/Field.tsx';
import { LanguagePicker } from '../components/LanguagePicker.tsx';
import { t } from '../i18n/strings.ts';
import { completeSignIn, openedFromSignInLink, pendingSignInEmail, sendSignInLink } from '../lib/session.ts';

type Step = 'ask' | 'sent' | 'confirm' | 'completing';

/** Email-link sign-in: ask for the address, send the link; when the page is opened from the link, finish. */
export function SignIn() {
  const [step, setStep] = createSignal<Step>('ask');
  const [email, setEmail] = createSignal('');
  const [error, setError] = createSignal<string>();
  const [pending, setPending] = createSignal(false);

  async function finish(address: string) {
    setStep('completing');
    setError(undefined);
    try {
      await completeSignIn(address);
    } catch {
      setError(t.signIn.linkInvalid);
      setStep('ask');
      history.replaceState(null, '', location.pathname);
    }
  }

  onMount(() => {
    if (!openedFromSignInLink()) return;
    const stored = pendingSignInEmail();
    if (stored) void finish(stored);
    else setStep('confirm');
  });

  async function send(event: SubmitEvent) {
    event.preventDefault();
    setPending(true);
    setError(undefined);
    try {
      await sendSignInLink(email().trim());
      setStep('sent');
    } catch (failure) {
      const code = (failure as { code?: string }).code;
      setError(code === 'auth/invalid-email' ? t.errors.reasons.invalid_input : t.errors.generic);
    } finally {
      setPending(false);
    }
  }

  return (
    <main id="main" class="signin">
      <div class="card signin-card">
        <p class="brand" aria-hidden="true">
          {t.appName}
        </p>
        <Switch>
          <Match when={step() === 'ask'}>
            <h1>{t.signIn.title}</h1>
            <p>{t.signIn.intro}</p>
            <form onSubmit={send}>
              <Field label={t.signIn.email}>
                {(id, describedBy) => (
                  <input
                    id={id}
                    type="email"
                    name="email"
                    autocomplete="email"
                    required
                    value={email()}
                    onInput={(event) => setEmail(event.currentTarget.value)}
                    aria-describedby={describedBy()}
                  />
                )}
              </Field>
              <button class="primary" type="submit" disabled={pending()}>
                {pending() ? t.signIn.sending : t.signIn.send}
              </button>
              <ActionStatus error={error()} />
            </form>
            {__EMULATOR_PORTS__ ? <p class="hint">{t.signIn.emulatorHint}</p> : null}
          </Match>
          <Match when={step() === 'sent'}>
            <h1>{t.signIn.title}</h1>
            <p role="status">{t.signIn.sent(email().trim())}</p>
            {__EMULATOR_PORTS__ ? <p class="hint">{t.signIn.emulatorHint}</p> : null}
            <button type="button" class="link-button" onClick={() => setStep('ask')}>
              {t.signIn.useOtherEmail}
            </button>
          </Match>
          <Match when={step() === 'confirm'}>
            <h1>{t.signIn.confirmTitle}</h1>
            <p>{t.signIn.confirmIntro}</p>
            <form
              onSubmit={(event) => {
                event.preventDefault();
                void finish(email().trim());
              }}
            >
              <Field label={t.signIn.email}>
                {(id) => (
                  <input
                    id={id}
                    type="email"
                    autocomplete="email"
                    required
                    value={email()}
                    onInput={(event) => setEmail(event.currentTarget.value)}
                  />
                )}
              </Field>
              <button class="primary" type="submit">
                {t.signIn.confirm}
              </button>
            </form>
          </Match>
          <Match when={step() === 'completing'}>
            <h1>{t.signIn.title}</h1>
            <p role="status">{t.signIn.completing}</p>
          </Match>
        </Switch>
      </div>
      <LanguagePicker />
    </main>
  );
}
