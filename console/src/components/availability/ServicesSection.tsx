import { Index } from 'solid-js';
import { produce, type SetStoreFunction } from 'solid-js/store';
import { t } from '../../i18n/strings.ts';
import { type AvailabilityDraft, serviceIdFor } from '../../lib/availabilityDraft.ts';
import type { FieldErrors } from '../../lib/botDraft.ts';
import { ExtraHoursList } from './ExtraHoursList.tsx';

/** The bot's services: name, description, length, buffer, price text, offered or not. */
export function ServicesSection(props: {
  draft: AvailabilityDraft;
  setDraft: SetStoreFunction<AvailabilityDraft>;
  errors: FieldErrors;
}) {
  const text = (
    index: number,
    key: 'name' | 'description' | 'durationMinutes' | 'bufferMinutes' | 'priceText',
    label: string,
  ) => (
    <input
      aria-label={`${t.bookings.services} ${index + 1}: ${label}`}
      placeholder={label}
      value={props.draft.services[index]?.[key] ?? ''}
      inputMode={key.endsWith('Minutes') ? 'numeric' : undefined}
      data-testid={`service-${key}`}
      onInput={(event) => props.setDraft('services', index, key, event.currentTarget.value)}
    />
  );
  return (
    <ExtraHoursList
      title={t.bookings.services}
      error={props.errors.services}
      addLabel={t.bookings.addService}
      onAdd={() =>
        props.setDraft(
          'services',
          produce((items) =>
            items.push({
              id: serviceIdFor(
                `service-${items.length + 1}`,
                items.map((item) => item.id),
              ),
              name: '',
              description: '',
              durationMinutes: '30',
              bufferMinutes: '0',
              priceText: '',
              active: true,
            }),
          ),
        )
      }
    >
      <p class="hint">{t.bookings.servicesIntro}</p>
      <Index each={props.draft.services}>
        {(service, index) => (
          <div class="range service" data-testid="service-row">
            {text(index, 'name', t.bookings.serviceName)}
            {text(index, 'durationMinutes', t.bookings.serviceDuration)}
            {text(index, 'bufferMinutes', t.bookings.serviceBuffer)}
            {text(index, 'priceText', t.bookings.servicePrice)}
            {text(index, 'description', t.bookings.serviceDescription)}
            <label>
              <input
                type="checkbox"
                checked={service().active}
                onChange={(event) => props.setDraft('services', index, 'active', event.currentTarget.checked)}
              />{' '}
              {t.bookings.serviceActive}
            </label>
            <button
              type="button"
              class="secondary"
              onClick={() => props.setDraft('services', (items) => items.filter((_, at) => at !== index))}
            >
              {t.bookings.removeService}
            </button>
          </div>
        )}
      </Index>
    </ExtraHoursList>
  );
}
