import type { Locale } from '@frontdesk/contract';
import { createSignal, Show } from 'solid-js';
import type { CallBackend } from '../booking/callBackend.ts';
import { describeOpening } from './describeOpening.ts';
import { handoffStrings } from './handoffStrings.ts';

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * "Talk to a person": asks the team to take over, with an optional email (and the consent to be answered by mail)
 * for a visitor who cannot wait, then says when the team answers by the business's opening hours. Shown too when
 * the AI handed over (`waiting`), so the visitor can still leave an address.
 */
export default function HandoffCard(props: {
  botId: string;
  conversationId: string;
  locale: Locale;
  waiting: boolean;
  call: CallBackend;
  onClose: () => void;
  onDone: (text: string) => void;
}) {
  const t = handoffStrings[props.locale];
  const [email, setEmail] = createSignal('');
  const [consent, setConsent] = createSignal(false);
  const [problem, setProblem] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [outcome, setOutcome] = createSignal('');
  const submit = async () => {
    const address = email().trim();
    if (address && !emailPattern.test(address)) return setProblem(t.invalidEmail);
    if (address && !consent()) return setProblem(t.consentNeeded);
    setProblem('');
    setBusy(true);
    try {
      const answer = await props.call('requestHandoff', {
        botId: props.botId,
        conversationId: props.conversationId,
        ...(address ? { email: address, consent: true } : {}),
      });
      const text = [describeOpening(answer, props.locale), address ? t.mailNote(address) : ''].join(' ').trim();
      setOutcome(text);
      props.onDone(text);
    } catch {
      setProblem(t.failed);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="card" data-testid="handoff-card">
      <Show
        when={!outcome()}
        fallback={
          <p role="status" data-testid="handoff-outcome">
            {outcome()}
          </p>
        }
      >
        <form
          class="slots"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <p>{props.waiting ? t.waitingIntro : t.intro}</p>
          <div class="field">
            <label for="fd-handoff-email">{t.emailOptional}</label>
            <input
              id="fd-handoff-email"
              type="email"
              autocomplete="email"
              maxLength={254}
              value={email()}
              aria-invalid={Boolean(problem())}
              aria-describedby="fd-handoff-problem"
              onInput={(event) => setEmail(event.currentTarget.value)}
            />
          </div>
          <label class="consent">
            <input type="checkbox" checked={consent()} onChange={(event) => setConsent(event.currentTarget.checked)} />
            <span>{t.consent}</span>
          </label>
          <span class="field-error" id="fd-handoff-problem" role="alert">
            {problem()}
          </span>
          <div class="card-actions">
            <button type="button" class="secondary" onClick={() => props.onClose()}>
              {t.cancel}
            </button>
            <button type="submit" class="primary" disabled={busy()} data-testid="handoff-submit">
              {busy() ? t.sending : props.waiting ? t.saveEmail : t.submit}
            </button>
          </div>
        </form>
      </Show>
    </div>
  );
}
