import type { Locale, MessageAttachment } from '@frontdesk/contract';
import { For } from 'solid-js';
import { dayKey, formatDay, formatTime, visitorZone } from '../lib/formatSlot.ts';
import type { Strings } from '../strings.ts';
import { ZoneNote } from './ZoneNote.tsx';

type SlotsAttachment = Extract<MessageAttachment, { kind: 'slots' }>;

/** Slots the assistant offered, as buttons grouped by day, in the visitor's own time. */
export function SlotChoices(props: {
  attachment: SlotsAttachment;
  locale: Locale;
  t: Strings;
  onPick: (slot: { start: string; durationMinutes: number; timezone: string; serviceId?: string }) => void;
}) {
  const zone = visitorZone();
  const days = () => {
    const groups = new Map<string, string[]>();
    for (const slot of props.attachment.slots) {
      const key = dayKey(slot, zone);
      groups.set(key, [...(groups.get(key) ?? []), slot]);
    }
    return [...groups.values()];
  };
  return (
    <fieldset class="slots">
      <legend class="sr-only">{props.t.offeredSlots}</legend>
      <For each={days()}>
        {(slots) => (
          <>
            <p class="slots-day">{formatDay(slots[0] as string, props.locale, zone)}</p>
            <ul class="slot-list">
              <For each={slots}>
                {(slot) => (
                  <li>
                    <button
                      type="button"
                      class="slot"
                      data-testid="offered-slot"
                      data-start={slot}
                      aria-label={`${formatDay(slot, props.locale, zone)} ${formatTime(slot, props.locale, zone)}`}
                      onClick={() =>
                        props.onPick({
                          start: slot,
                          durationMinutes: props.attachment.durationMinutes,
                          timezone: props.attachment.timezone,
                          ...(props.attachment.serviceId ? { serviceId: props.attachment.serviceId } : {}),
                        })
                      }
                    >
                      {formatTime(slot, props.locale, zone)}
                    </button>
                  </li>
                )}
              </For>
            </ul>
          </>
        )}
      </For>
      <ZoneNote t={props.t} visitorZone={zone} businessZone={props.attachment.timezone} />
    </fieldset>
  );
}
