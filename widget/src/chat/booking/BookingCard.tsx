import type { BookSlotResponse, Locale } from '@frontdesk/contract';
import { createSignal, Match, onMount, Show, Switch } from 'solid-js';
import { BookingSummary } from '../components/BookingSummary.tsx';
import { failureReason } from '../lib/callFunction.ts';
import { addMinutes, formatRange, visitorZone } from '../lib/formatSlot.ts';
import { randomId } from '../lib/randomId.ts';
import { callErrorText, type Strings } from '../strings.ts';
import { BookingConfirm } from './BookingConfirm.tsx';
import { BookingForm } from './BookingForm.tsx';
import type { CallBackend } from './callBackend.ts';
import { type PickedSlot, SlotPicker } from './SlotPicker.tsx';
import type { BookingFormValues } from './validateBookingForm.ts';

type Slot = PickedSlot;
type Step = 'pick' | 'form' | 'confirm' | 'done';

/**
 * Booking by clicking, as a card in the conversation: pick a time (or start from a slot the assistant
 * offered), fill in the form, confirm the details, book through the `bookSlot` callable. A time someone
 * else took in the meantime sends the visitor back to the choice with a friendly word. Once booked, the card
 * shows the booking until the conversation's own message about it replaces the card.
 */
export default function BookingCard(props: {
  botId: string;
  locale: Locale;
  t: Strings;
  businessZone: string;
  initialSlot: Slot | null;
  conversationId: string | null;
  call: CallBackend;
  onClose: () => void;
  /** Called with the new booking's id; a booking made in a conversation also comes back as a message. */
  onBooked: (bookingId: string) => void;
}) {
  const [step, setStep] = createSignal<Step>(props.initialSlot ? 'form' : 'pick');
  const [slot, setSlot] = createSignal<Slot | null>(props.initialSlot);
  const [values, setValues] = createSignal<BookingFormValues>({ name: '', email: '', phone: '', notes: '' });
  const [alert, setAlert] = createSignal<string | null>(null);
  const [booking, setBooking] = createSignal(false);
  const [booked, setBooked] = createSignal<BookSlotResponse | null>(null);
  // One id per attempt at one slot, so a retried call books once.
  let clientRequestId = randomId();
  let heading: HTMLHeadingElement | undefined;
  onMount(() => heading?.focus({ preventScroll: true }));
  const goTo = (next: Step) => {
    setStep(next);
    heading?.focus({ preventScroll: true });
  };

  const confirm = async () => {
    const chosen = slot();
    if (!chosen || booking()) return;
    const form = values();
    setBooking(true);
    setAlert(null);
    try {
      const result = await props.call('bookSlot', {
        botId: props.botId,
        start: chosen.start,
        // The service the slot was offered for, and its length (which picks the length of a bot without services).
        ...(chosen.serviceId ? { serviceId: chosen.serviceId } : {}),
        durationMinutes: chosen.durationMinutes,
        name: form.name.trim(),
        email: form.email.trim(),
        ...(form.phone.trim() ? { phone: form.phone.trim() } : {}),
        ...(form.notes.trim() ? { notes: form.notes.trim() } : {}),
        ...(props.conversationId ? { conversationId: props.conversationId } : {}),
        clientRequestId,
      });
      setBooked(result);
      goTo('done');
      props.onBooked(result.bookingId);
    } catch (error) {
      const reason = failureReason(error);
      setAlert(callErrorText(props.t, reason));
      if (reason === 'slot_taken' || reason === 'slot_unavailable') {
        clientRequestId = randomId();
        setSlot(null);
        goTo('pick');
      }
    } finally {
      setBooking(false);
    }
  };

  return (
    <Show
      when={step() !== 'done' || !booked()}
      fallback={<BookingSummary booking={booked() as BookSlotResponse} locale={props.locale} t={props.t} />}
    >
      <section class="card" data-testid="booking-flow" aria-labelledby="fd-booking-title">
        <h3 id="fd-booking-title" ref={heading} tabIndex={-1}>
          {props.t.bookingTitle}
        </h3>
        <Switch>
          <Match when={step() === 'pick'}>
            <SlotPicker
              botId={props.botId}
              locale={props.locale}
              t={props.t}
              businessZone={props.businessZone}
              call={props.call}
              alert={alert()}
              onPick={(picked) => {
                setSlot(picked);
                setAlert(null);
                clientRequestId = randomId();
                goTo('form');
              }}
            />
            <div class="card-actions">
              <button type="button" class="secondary" onClick={() => props.onClose()}>
                {props.t.cancel}
              </button>
            </div>
          </Match>
          <Match when={step() === 'form' && slot()}>
            {(chosen) => (
              <>
                <BookingDetailsLine locale={props.locale} slot={chosen()} />
                <BookingForm
                  t={props.t}
                  initial={values()}
                  onBack={() => (props.initialSlot && !alert() ? props.onClose() : goTo('pick'))}
                  onSubmit={(next) => {
                    setValues(next);
                    goTo('confirm');
                  }}
                />
              </>
            )}
          </Match>
          <Match when={step() === 'confirm' && slot()}>
            {(chosen) => (
              <BookingConfirm
                t={props.t}
                locale={props.locale}
                slot={chosen()}
                values={values()}
                booking={booking()}
                alert={alert()}
                onBack={() => goTo('form')}
                onConfirm={() => void confirm()}
              />
            )}
          </Match>
        </Switch>
      </section>
    </Show>
  );
}

function BookingDetailsLine(props: { locale: Locale; slot: Slot }) {
  const zone = visitorZone();
  return (
    <p data-testid="booking-chosen">
      <strong>
        {formatRange(props.slot.start, addMinutes(props.slot.start, props.slot.durationMinutes), props.locale, zone)}
      </strong>
    </p>
  );
}
