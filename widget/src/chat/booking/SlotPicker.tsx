import type { Locale } from '@frontdesk/contract';
import { createMemo, createResource, createSignal, For, Match, Show, Switch } from 'solid-js';
import { ZoneNote } from '../components/ZoneNote.tsx';
import { failureReason } from '../lib/callFunction.ts';
import { dayKey, formatDay, formatTime, visitorZone } from '../lib/formatSlot.ts';
import { callErrorText, type Strings } from '../strings.ts';
import type { CallBackend } from './callBackend.ts';

const DAYS_AHEAD = 14;

/** What the visitor picks: a time of a service (or, for a bot without services, of a length). */
export interface PickedSlot {
  start: string;
  durationMinutes: number;
  timezone: string;
  serviceId?: string;
  serviceName?: string;
  confirmationRequired?: boolean;
}

/**
 * Free times from the `listSlots` callable: a service (or a length), then a day, then a time, in the
 * visitor's zone.
 */
export function SlotPicker(props: {
  botId: string;
  locale: Locale;
  t: Strings;
  businessZone: string;
  call: CallBackend;
  /** Shown above the choices, e.g. why the previous pick failed. */
  alert: string | null;
  onPick: (slot: PickedSlot) => void;
}) {
  const zone = visitorZone();
  // '': the bot's first service; `s:<id>` a service; `d:<minutes>` a length of a bot without services.
  const [choice, setChoice] = createSignal('');
  const [slots] = createResource(choice, async (picked) => {
    const from = new Date();
    const to = new Date(from.getTime() + DAYS_AHEAD * 86_400_000);
    return props.call('listSlots', {
      botId: props.botId,
      from: from.toISOString(),
      to: to.toISOString(),
      ...(picked.startsWith('s:') ? { serviceId: picked.slice(2) } : {}),
      ...(picked.startsWith('d:') ? { durationMinutes: Number(picked.slice(2)) } : {}),
    });
  });
  const service = () => slots()?.services?.find((offered) => offered.id === slots()?.serviceId);
  const days = createMemo(() => {
    const groups = new Map<string, string[]>();
    for (const slot of slots()?.slots ?? []) {
      const key = dayKey(slot, zone);
      groups.set(key, [...(groups.get(key) ?? []), slot]);
    }
    return [...groups.entries()];
  });
  const [day, setDay] = createSignal<string | null>(null);
  const chosenDay = () => days().find(([key]) => key === day()) ?? days()[0];

  return (
    <div class="slots">
      <Show when={props.alert}>
        <p class="alert" role="alert">
          {props.alert}
        </p>
      </Show>
      <Show when={(slots()?.services?.length ?? 0) > 1}>
        <label class="field">
          {props.t.service}
          <select
            data-testid="booking-service"
            value={`s:${slots()?.serviceId}`}
            onChange={(event) => setChoice(event.currentTarget.value)}
          >
            <For each={slots()?.services}>
              {(offered) => (
                <option value={`s:${offered.id}`}>
                  {[offered.name, props.t.minutes(offered.durationMinutes), offered.priceText]
                    .filter(Boolean)
                    .join(' · ')}
                </option>
              )}
            </For>
          </select>
        </label>
      </Show>
      <Show when={service()?.description}>
        <p class="zone-note">{service()?.description}</p>
      </Show>
      <Show when={(slots()?.services?.length ?? 0) <= 1 && (slots()?.durationsMinutes.length ?? 0) > 1}>
        <label class="field">
          {props.t.duration}
          <select
            data-testid="booking-duration"
            value={`d:${slots()?.durationMinutes}`}
            onChange={(event) => setChoice(event.currentTarget.value)}
          >
            <For each={slots()?.durationsMinutes}>
              {(minutes) => <option value={`d:${minutes}`}>{props.t.minutes(minutes)}</option>}
            </For>
          </select>
        </label>
      </Show>
      <Switch>
        <Match when={slots.error}>
          <p class="alert" role="alert">
            {callErrorText(props.t, failureReason(slots.error))}
          </p>
        </Match>
        <Match when={slots.loading}>
          <p class="zone-note" role="status" data-testid="booking-loading">
            {props.t.loadingSlots}
          </p>
        </Match>
        <Match when={days().length === 0}>
          <p>{props.t.noSlots}</p>
        </Match>
        <Match when={chosenDay()}>
          {(current) => (
            <>
              <p class="slots-day">{props.t.chooseDay}</p>
              <ul class="slot-list">
                <For each={days()}>
                  {([key, daySlots]) => (
                    <li>
                      <button
                        type="button"
                        class="slot"
                        data-testid="booking-day"
                        aria-pressed={key === current()[0]}
                        onClick={() => setDay(key)}
                      >
                        {formatDay(daySlots[0] as string, props.locale, zone)}
                      </button>
                    </li>
                  )}
                </For>
              </ul>
              <p class="slots-day">{props.t.chooseTime}</p>
              <ul class="slot-list">
                <For each={current()[1]}>
                  {(slot) => (
                    <li>
                      <button
                        type="button"
                        class="slot"
                        data-testid="booking-slot"
                        data-start={slot}
                        onClick={() =>
                          props.onPick({
                            start: slot,
                            durationMinutes: slots()?.durationMinutes as number,
                            timezone: slots()?.timezone ?? props.businessZone,
                            ...(service()?.name ? { serviceName: service()?.name } : {}),
                            ...(slots()?.serviceId ? { serviceId: slots()?.serviceId } : {}),
                            confirmationRequired: slots()?.confirmationRequired ?? false,
                          })
                        }
                      >
                        {formatTime(slot, props.locale, zone)}
                      </button>
                    </li>
                  )}
                </For>
              </ul>
              <ZoneNote t={props.t} visitorZone={zone} businessZone={slots()?.timezone ?? props.businessZone} />
            </>
          )}
        </Match>
      </Switch>
    </div>
  );
}
