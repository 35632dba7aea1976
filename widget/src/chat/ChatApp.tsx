import { presencePath } from '@frontdesk/contract/conversationPaths';
import { createEffect, createSignal, For, lazy, on, onCleanup, Show, Suspense } from 'solid-js';
import type { ChatContext, ChatHandle } from '../shared/chatContext.ts';
import type { CallBackend } from './booking/callBackend.ts';
import { Composer } from './components/Composer.tsx';
import { Icon } from './components/Icon.tsx';
import { MessageRow, type SlotPick } from './components/MessageRow.tsx';
import { callFunction } from './lib/callFunction.ts';
import { createConversationStore } from './lib/createConversationStore.ts';
import { followScroll } from './lib/followScroll.ts';
import { callErrorText, strings } from './strings.ts';

// The booking screens load on first need, so they never weigh on opening the chat.
const BookingCard = lazy(() => import('./booking/BookingCard.tsx'));
// Hand-off and presence load once there is a conversation to hand over or be present in.
const HandoffCard = lazy(() => import('./handoff/HandoffCard.tsx'));
const TeamChip = lazy(() => import('./handoff/teamParts.tsx').then((parts) => ({ default: parts.TeamChip })));
const Presence = lazy(() => import('./handoff/teamParts.tsx').then((parts) => ({ default: parts.Presence })));

/** A booking flow shown as a card at the end of the conversation, from a chosen slot or from the start. */
interface BookingRequest {
  slot: SlotPick | null;
}

export function ChatApp(props: { context: ChatContext; exposeSetOpen: (fn: ChatHandle['setOpen']) => void }) {
  const context = props.context;
  const t = strings[context.locale];
  const appearance = context.bot.appearance;
  const [conversation, actions] = createConversationStore({
    botId: context.botId,
    origin: context.origin,
    emitter: context.emitter,
    contextMode: context.contextMode,
  });
  const [open, setOpen] = createSignal(false);
  const [booking, setBooking] = createSignal<BookingRequest | null>(null);
  const [announcement, setAnnouncement] = createSignal('');
  const [handoff, setHandoff] = createSignal(false);
  // Once a hand-off is under way (asked here, or by the AI), the card shows until the visitor closes it.
  createEffect(
    on(
      () => conversation.state.waiting,
      (waiting) => waiting && setHandoff(true),
      { defer: true },
    ),
  );
  let panel: HTMLElement | undefined;
  let list: HTMLElement | undefined;
  let input: HTMLTextAreaElement | undefined;

  props.exposeSetOpen((next, moveFocus) => {
    setOpen(next);
    if (next) {
      void actions.connect();
      if (moveFocus) requestAnimationFrame(() => input?.focus({ preventScroll: true }));
    }
  });
  // A conversation to resume: connect now, so its messages (even a reply still streaming) are there on open.
  if (conversation.state.conversationId) void actions.connect();

  onCleanup(
    context.emitter.on('message', (message) => {
      if (message.role !== 'visitor') setAnnouncement(`${t.replyFrom(appearance.title)} ${message.text}`);
    }),
  );
  onCleanup(
    context.emitter.on('error', (error) => {
      setAnnouncement(error.kind === 'reply' ? t.replyErrors[error.code] : callErrorText(t, error.reason));
    }),
  );
  createEffect(on(booking, () => setTimeout(() => list?.scrollTo({ top: list.scrollHeight, behavior: 'smooth' }))));
  // A booking made in a conversation is written into it as a message carrying the booking; when that message
  // arrives the card gives way to it, so the booking shows once, and after a reload too.
  const [bookedId, setBookedId] = createSignal<string | null>(null);
  createEffect(() => {
    const id = bookedId();
    const noted = conversation
      .messages()
      .some((message) =>
        message.attachments.some((attachment) => attachment.kind === 'booking' && attachment.bookingId === id),
      );
    if (!id || !noted) return;
    setBookedId(null);
    setBooking(null);
  });

  // Not while signing in: a message sent then is delivered once connected (deliver awaits the connection), so
  // a visitor who types at once is never silently ignored.
  const busy = () => {
    const last = conversation.messages().at(-1);
    return last?.delivery?.state === 'sending' || last?.status === 'pending' || last?.status === 'streaming';
  };
  const call: CallBackend = async (name, data) => {
    const connection = await actions.connect();
    if (!connection) throw new TypeError('not connected');
    return callFunction(connection, name, data);
  };

  return (
    <section
      ref={panel}
      class="panel"
      role="dialog"
      aria-labelledby="fd-title"
      hidden={!open()}
      data-testid="panel"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          context.setOpen(false);
        }
      }}
    >
      <header class="header">
        <span class="avatar" aria-hidden="true">
          <Show when={appearance.logoUrl} fallback={appearance.launcherEmoji || '💬'}>
            {(logo) => <img src={logo()} alt="" />}
          </Show>
        </span>
        <h2 class="title" id="fd-title">
          {appearance.title}
        </h2>
        <button
          type="button"
          class="icon-button"
          aria-label={t.newConversation}
          title={t.newConversation}
          onClick={() => {
            actions.startNew();
            setBooking(null);
            input?.focus();
          }}
        >
          <Icon name="newConversation" />
        </button>
        <button
          type="button"
          class="icon-button"
          aria-label={t.close}
          title={t.close}
          onClick={() => context.setOpen(false)}
        >
          <Icon name="close" />
        </button>
      </header>
      <section
        ref={(element) => {
          list = element;
          followScroll(element);
        }}
        class="messages"
        aria-label={t.conversation}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        tabIndex={0}
      >
        <Show when={appearance.welcomeMessage}>
          <div class="row" data-role="assistant">
            <div class="bubble" data-testid="welcome">
              {appearance.welcomeMessage}
            </div>
          </div>
        </Show>
        <For each={conversation.messages()}>
          {(message) => (
            <MessageRow
              message={message}
              t={t}
              locale={context.locale}
              onRetry={actions.retry}
              onPickSlot={(slot) => setBooking({ slot })}
            />
          )}
        </For>
        <Show when={conversation.state.remote.length > 0 && conversation.connection()} keyed>
          {(connection) => (
            <Presence
              locale={context.locale}
              connection={connection}
              paths={{
                visitor: presencePath(context.botId, conversation.state.conversationId as string, 'visitor'),
                team: presencePath(context.botId, conversation.state.conversationId as string, 'team'),
              }}
              isOpen={open}
            />
          )}
        </Show>
        <Show when={conversation.state.answeredBy === 'team'}>
          <p class="team-notice" role="status" data-testid="team-notice">
            {t.teamAnswers}
          </p>
        </Show>
        <Show when={handoff() && conversation.state.conversationId} keyed>
          {(conversationId) => (
            <Suspense>
              <HandoffCard
                botId={context.botId}
                conversationId={conversationId}
                locale={context.locale}
                waiting={conversation.state.waiting}
                call={call}
                onClose={() => {
                  setHandoff(false);
                  input?.focus();
                }}
                onDone={setAnnouncement}
              />
            </Suspense>
          )}
        </Show>
        <Show when={booking()} keyed>
          {(request) => (
            <Suspense>
              <BookingCard
                botId={context.botId}
                locale={context.locale}
                t={t}
                businessZone={context.bot.timezone}
                initialSlot={request.slot}
                conversationId={conversation.state.conversationId}
                call={call}
                onClose={() => {
                  setBooking(null);
                  input?.focus();
                }}
                onBooked={(id) => {
                  setBookedId(id);
                  setAnnouncement(t.booked);
                  // The form the focus was in is gone; the visitor goes on in the message field.
                  input?.focus({ preventScroll: true });
                }}
              />
            </Suspense>
          )}
        </Show>
      </section>
      <Show when={conversation.state.phase === 'failed'}>
        <p class="notice" role="alert">
          <span>{t.connectFailed}</span>
          <button type="button" class="link-button" onClick={() => void actions.connect()}>
            {t.retry}
          </button>
        </p>
      </Show>
      <div class="actions">
        <Show when={context.bot.appointmentsEnabled}>
          <button type="button" class="chip" data-testid="book-appointment" onClick={() => setBooking({ slot: null })}>
            <Icon name="calendar" />
            {t.bookAppointment}
          </button>
        </Show>
        <Show
          when={
            conversation.state.remote.length > 0 &&
            conversation.state.answeredBy === 'ai' &&
            !conversation.state.waiting &&
            !handoff()
          }
        >
          <TeamChip locale={context.locale} onClick={() => setHandoff(true)} />
        </Show>
      </div>
      <Composer
        t={t}
        placeholder={appearance.placeholder || t.defaultPlaceholder}
        busy={busy()}
        onSend={actions.send}
        ref={(element) => {
          input = element;
        }}
      />
      <div class="sr-only" aria-live="polite" data-testid="announcer">
        {announcement()}
      </div>
    </section>
  );
}
