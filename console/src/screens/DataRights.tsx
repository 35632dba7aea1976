import { DEFAULT_BOOKING_RETENTION_DAYS } from '@frontdesk/contract';
import { createEffect, createSignal, on, Show } from 'solid-js';
import { ActionStatus } from '../components/ActionStatus.tsx';
import { AuditLog } from '../components/audit/AuditLog.tsx';
import { ConfirmedDeletion } from '../components/ConfirmedDeletion.tsx';
import { ExportRange } from '../components/ExportRange.tsx';
import { Field } from '../components/Field.tsx';
import { t } from '../i18n/strings.ts';
import { call } from '../lib/callables.ts';
import { createAction } from '../lib/createAction.ts';
import { can, session, signOut } from '../lib/session.ts';
import type { TenantData } from '../lib/tenantData.ts';

/** The tenant's retention periods (owners) and how to answer data access and erasure requests. */
export function DataRights(props: { tenantId: string; data: TenantData }) {
  const isOwner = () => can(props.tenantId, 'team');
  const [days, setDays] = createSignal('');
  const [bookingDays, setBookingDays] = createSignal('');
  createEffect(
    on(
      () => props.data.tenant.value()?.retentionDays,
      (stored) => setDays(stored ? String(stored) : ''),
    ),
  );
  createEffect(
    on(
      () => props.data.tenant.value()?.bookingRetentionDays,
      (stored) => setBookingDays(String(stored ?? DEFAULT_BOOKING_RETENTION_DAYS)),
    ),
  );
  const leave = createAction(async () => {
    await call('leaveTenant', { tenantId: props.tenantId });
    window.location.assign('/');
  }, '');
  const save = createAction(async () => {
    const text = days().trim();
    const bookingText = bookingDays().trim();
    await call('setRetention', {
      tenantId: props.tenantId,
      retentionDays: text === '' ? null : Number(text),
      // Bookings always expire; an emptied field leaves their period as it is.
      ...(bookingText === '' ? {} : { bookingRetentionDays: Number(bookingText) }),
    });
  });

  return (
    <section aria-labelledby="data-title">
      <h1 id="data-title">{t.data.title}</h1>
      <form
        class="card form"
        aria-labelledby="retention-title"
        onSubmit={(event) => {
          event.preventDefault();
          void save.start();
        }}
      >
        <h2 id="retention-title">{t.data.retention}</h2>
        <p>{t.data.retentionIntro}</p>
        <Show when={!isOwner()}>
          <p class="notice notice-info">{t.data.ownerOnly}</p>
        </Show>
        <fieldset disabled={!isOwner()}>
          <legend class="visually-hidden">{t.data.retention}</legend>
          <Field label={t.data.retentionDays} hint={t.data.keepForever}>
            {(id, describedBy) => (
              <input
                id={id}
                type="number"
                min={1}
                max={3650}
                step={1}
                class="short-input"
                value={days()}
                aria-describedby={describedBy()}
                onInput={(event) => setDays(event.currentTarget.value)}
              />
            )}
          </Field>
          <Field label={t.data.bookingRetentionDays} hint={t.data.bookingRetentionHint(DEFAULT_BOOKING_RETENTION_DAYS)}>
            {(id, describedBy) => (
              <input
                id={id}
                type="number"
                min={1}
                max={3650}
                step={1}
                required
                class="short-input"
                value={bookingDays()}
                aria-describedby={describedBy()}
                onInput={(event) => setBookingDays(event.currentTarget.value)}
              />
            )}
          </Field>
          <button class="primary" type="submit" disabled={save.pending()}>
            {t.data.saveRetention}
          </button>
          <ActionStatus error={save.error()} message={save.message()} />
        </fieldset>
      </form>
      <div class="card">
        <h2>{t.conversations.export}</h2>
        <p>{t.data.rightsIntro}</p>
      </div>
      <ExportRange data={props.data} />
      <Show when={isOwner()}>
        <AuditLog tenantId={props.tenantId} memberEmails={props.data.tenant.value()?.memberEmails} />
        <ConfirmedDeletion
          title={t.deletion.deleteTenant}
          intro={t.deletion.deleteTenantIntro}
          expected={props.data.tenant.value()?.name ?? ''}
          button={t.deletion.deleteTenant}
          testId="delete-tenant"
          run={async (typed) => {
            await call('deleteTenant', { tenantId: props.tenantId, confirmName: typed });
            window.location.assign('/');
          }}
        />
      </Show>
      <div class="card">
        <h2>{t.deletion.leave}</h2>
        <p>{t.deletion.leaveIntro}</p>
        <button class="danger" type="button" disabled={leave.pending()} onClick={() => void leave.start()}>
          {t.deletion.leave}
        </button>
        <ActionStatus error={leave.error()} />
      </div>
      <Show when={session.whoAmI()?.email}>
        {(email) => (
          <ConfirmedDeletion
            title={t.deletion.deleteAccount}
            intro={t.deletion.deleteAccountIntro}
            expected={email()}
            button={t.deletion.deleteAccount}
            testId="delete-account"
            run={async (typed) => {
              await call('deleteAccount', { confirmEmail: typed });
              await signOut();
            }}
          />
        )}
      </Show>
    </section>
  );
}
