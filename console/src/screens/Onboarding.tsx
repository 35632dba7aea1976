import type { Locale } from '@frontdesk/contract';
import { createSignal, Show } from 'solid-js';
import { ActionStatus } from '../components/ActionStatus.tsx';
import { Field } from '../components/Field.tsx';
import { TimezoneInput } from '../components/TimezoneInput.tsx';
import { consoleLocale, t } from '../i18n/strings.ts';
import { browserTimezone } from '../lib/browserTimezone.ts';
import { call } from '../lib/callables.ts';
import { createAction } from '../lib/createAction.ts';
import { navigate } from '../lib/hashRoute.ts';
import { refreshWhoAmI, session } from '../lib/session.ts';
import { websiteOrigin } from '../lib/websiteOrigin.ts';

/** One short form: a business and its first bot, then straight to the bot's settings. */
export function Onboarding() {
  const [tenantName, setTenantName] = createSignal('');
  const [botName, setBotName] = createSignal('');
  const [website, setWebsite] = createSignal('');
  const [timezone, setTimezone] = createSignal(browserTimezone());
  const [locale, setLocale] = createSignal<Locale>(consoleLocale);
  const closed = () => session.whoAmI()?.signupMode === 'invite' && !session.whoAmI()?.platformAdmin;

  const create = createAction(async () => {
    const origin = websiteOrigin(website());
    const created = await call('createTenant', {
      tenantName: tenantName().trim(),
      botName: botName().trim() || tenantName().trim(),
      timezone: timezone().trim(),
      locale: locale(),
      // Left out when empty: the callable SDK sends an undefined field as null, which the schema refuses.
      ...(origin ? { website: origin } : {}),
    });
    await refreshWhoAmI();
    navigate('t', created.tenantId, 'b', created.botId, 'settings');
    return created;
  }, '');

  return (
    <section class="narrow" aria-labelledby="onboarding-title">
      <h1 id="onboarding-title">{t.onboarding.title}</h1>
      <Show
        when={!closed()}
        fallback={
          <p class="notice notice-info" role="status">
            {t.onboarding.signupClosed}
          </p>
        }
      >
        <p>{t.onboarding.intro}</p>
        <form
          class="card form"
          onSubmit={(event) => {
            event.preventDefault();
            void create.start();
          }}
        >
          <Field label={t.onboarding.tenantName} hint={t.onboarding.tenantNameHint}>
            {(id, describedBy) => (
              <input
                id={id}
                name="tenantName"
                required
                maxLength={80}
                value={tenantName()}
                aria-describedby={describedBy()}
                onInput={(event) => setTenantName(event.currentTarget.value)}
              />
            )}
          </Field>
          <Field label={t.onboarding.botName} hint={t.onboarding.botNameHint}>
            {(id, describedBy) => (
              <input
                id={id}
                name="botName"
                required
                maxLength={80}
                value={botName()}
                aria-describedby={describedBy()}
                onInput={(event) => setBotName(event.currentTarget.value)}
              />
            )}
          </Field>
          <Field label={t.onboarding.website} hint={t.onboarding.websiteHint}>
            {(id, describedBy) => (
              <input
                id={id}
                name="website"
                type="text"
                inputMode="url"
                autocomplete="url"
                spellcheck={false}
                maxLength={200}
                value={website()}
                aria-describedby={describedBy()}
                onInput={(event) => setWebsite(event.currentTarget.value)}
              />
            )}
          </Field>
          <div class="field-row">
            <Field label={t.onboarding.timezone} hint={t.onboarding.timezoneHint}>
              {(id, describedBy) => (
                <TimezoneInput id={id} value={timezone()} onInput={setTimezone} describedBy={describedBy()} />
              )}
            </Field>
            <Field label={t.onboarding.locale}>
              {(id) => (
                <select id={id} value={locale()} onChange={(event) => setLocale(event.currentTarget.value as Locale)}>
                  <option value="en">{t.locales.en}</option>
                  <option value="de">{t.locales.de}</option>
                </select>
              )}
            </Field>
          </div>
          <button class="primary" type="submit" disabled={create.pending()}>
            {create.pending() ? t.onboarding.creating : t.onboarding.create}
          </button>
          <ActionStatus error={create.error()} />
        </form>
      </Show>
    </section>
  );
}
