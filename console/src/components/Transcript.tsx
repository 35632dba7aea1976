import { paths, type SetConversationStatusRequest } from '@frontdesk/contract';
import { doc, setDoc, Timestamp } from 'firebase/firestore';
import { createEffect, createSignal, For, on, Show } from 'solid-js';
import { t } from '../i18n/strings.ts';
import { call } from '../lib/callables.ts';
import { listenMessageMeta, listenReasoning, listenTranscript } from '../lib/conversationData.ts';
import { createAction } from '../lib/createAction.ts';
import { downloadFile } from '../lib/downloadFile.ts';
import { db } from '../lib/firebase.ts';
import { href, navigate } from '../lib/hashRoute.ts';
import { can } from '../lib/session.ts';
import { ActionStatus } from './ActionStatus.tsx';
import { TranscriptMessage } from './TranscriptMessage.tsx';
import { VisitorPanel } from './VisitorPanel.tsx';

/** While a member types, the visitor sees "typing" until this long after the last keystroke. */
const TYPING_SHOWN_MS = 8_000;
/** At most one typing write per this interval. */
const TYPING_WRITE_EVERY_MS = 4_000;

/**
 * One conversation live, as the visitor sees it (a streaming reply grows in place), with the team's
 * controls: take over, reply as a human, hand back, close, export, delete.
 */
export function Transcript(props: { tenantId: string; botId: string; conversationId: string }) {
  const { conversation, messages } = listenTranscript(
    () => props.tenantId,
    () => props.botId,
    () => props.conversationId,
  );
  const reasoning = listenReasoning(
    () => props.tenantId,
    () => props.botId,
    () => props.conversationId,
  );
  const reasoningOf = (messageId: string) => reasoning.items.find((item) => item.id === messageId)?.text;
  const metas = listenMessageMeta(
    () => props.tenantId,
    () => props.botId,
    () => props.conversationId,
  );
  const metaOf = (messageId: string) => metas.items.find((item) => item.id === messageId);
  const ref = { botId: props.botId, conversationId: props.conversationId };
  const [reply, setReply] = createSignal('');
  let list: HTMLDivElement | undefined;

  // Opening a conversation, or a visitor writing while it is open, marks it read for the team.
  createEffect(() => {
    if (conversation.value()?.unreadForTeam) void call('markConversationRead', ref).catch(() => undefined);
  });

  // Keep the newest text in view while it streams, unless the user scrolled up to read.
  createEffect(
    on(
      () => messages.items.map((message) => message.text.length).join(),
      () => {
        if (!list) return;
        const nearBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 120;
        if (nearBottom) list.scrollTop = list.scrollHeight;
      },
    ),
  );

  type Target = SetConversationStatusRequest['status'];
  const setStatus = createAction((status: Target) => call('setConversationStatus', { ...ref, status }), '');
  let typingWrittenAt = 0;
  /** Tells the visitor a team member is typing: a short-lived time the rules cap at 15 s ahead. */
  const announceTyping = () => {
    const now = Date.now();
    if (now - typingWrittenAt < TYPING_WRITE_EVERY_MS) return;
    typingWrittenAt = now;
    void setDoc(doc(db, paths.presence(props.botId, props.conversationId, 'team')), {
      typingUntil: Timestamp.fromMillis(now + TYPING_SHOWN_MS),
    }).catch(() => undefined);
  };
  const send = createAction(async () => {
    const text = reply().trim();
    if (!text) return;
    await call('postAgentReply', { ...ref, text, clientMessageId: crypto.randomUUID().replaceAll('-', '') });
    setReply('');
  }, '');
  const exportJson = createAction(async () => {
    const data = await call('exportConversation', ref);
    downloadFile(`conversation-${props.conversationId}.json`, 'application/json', JSON.stringify(data, null, 2));
  }, '');
  const remove = createAction(async () => {
    if (!confirm(t.conversations.confirmDelete)) return;
    await call('deleteConversation', ref);
    navigate('t', props.tenantId, 'b', props.botId, 'conversations');
  }, t.conversations.deleted);

  const status = () => conversation.value()?.status;
  /** A button that moves the conversation to `target`, shown while `when()` holds. */
  const statusButton = (target: Target, label: string, kind: 'primary' | 'secondary', when: () => boolean) => (
    <Show when={when()}>
      <button type="button" class={kind} disabled={setStatus.pending()} onClick={() => void setStatus.start(target)}>
        {label}
      </button>
    </Show>
  );
  const streaming = () =>
    messages.items.some((message) => message.status === 'streaming' || message.status === 'pending');

  return (
    <section class="transcript" aria-labelledby="transcript-title">
      <div class="transcript-head">
        <a class="back-link" href={href('t', props.tenantId, 'b', props.botId, 'conversations')}>
          ← {t.conversations.back}
        </a>
        <h2 id="transcript-title">
          {conversation.value()
            ? t.conversations.visitor(conversation.value()?.visitorUid ?? '')
            : t.conversations.transcript}
        </h2>
        <Show when={status()}>
          {(current) => (
            <span
              class="badge"
              classList={{ 'badge-human': current() === 'human', 'badge-unread': current() === 'waiting' }}
              data-testid="conversation-status"
            >
              {t.conversations.status[current()]}
            </span>
          )}
        </Show>
      </div>
      <Show
        when={conversation.value() !== null}
        fallback={<p role="alert">{t.errors.reasons.conversation_not_found}</p>}
      >
        <Show when={conversation.value()}>
          {(current) => (
            <VisitorPanel botId={props.botId} conversationId={props.conversationId} conversation={current()} />
          )}
        </Show>
        <div class="button-row transcript-actions">
          {statusButton('human', t.conversations.takeOver, 'primary', () => status() !== 'human')}
          {statusButton('ai', t.conversations.handBack, 'secondary', () => status() === 'human')}
          {statusButton('closed', t.conversations.closeConversation, 'secondary', () => status() !== 'closed')}
          <Show when={can(props.tenantId, 'data')}>
            <button
              type="button"
              class="secondary"
              disabled={exportJson.pending()}
              onClick={() => void exportJson.start()}
            >
              {t.conversations.export}
            </button>
            <button type="button" class="danger" disabled={remove.pending()} onClick={() => void remove.start()}>
              {t.conversations.delete}
            </button>
          </Show>
        </div>
        <ActionStatus error={setStatus.error() ?? exportJson.error() ?? remove.error()} />
        <div class="messages" ref={list} role="log" aria-label={t.conversations.transcript} aria-busy={streaming()}>
          <ol class="message-list">
            <For each={messages.items}>
              {(message) => (
                <TranscriptMessage message={message} reasoning={reasoningOf(message.id)} meta={metaOf(message.id)} />
              )}
            </For>
          </ol>
        </div>
        <form
          class="reply-form"
          onSubmit={(event) => {
            event.preventDefault();
            void send.start();
          }}
        >
          <label for="agent-reply">{t.conversations.replyLabel}</label>
          <Show when={status() !== 'human'}>
            <p class="hint" id="agent-reply-hint">
              {t.conversations.takeOverHint}
            </p>
          </Show>
          <div class="reply-row">
            <textarea
              id="agent-reply"
              rows={2}
              value={reply()}
              aria-describedby={status() !== 'human' ? 'agent-reply-hint' : undefined}
              onInput={(event) => {
                setReply(event.currentTarget.value);
                announceTyping();
              }}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && !event.shiftKey) {
                  event.preventDefault();
                  void send.start();
                }
              }}
            />
            <button type="submit" class="primary" disabled={send.pending() || !reply().trim()}>
              {t.conversations.send}
            </button>
          </div>
          <ActionStatus error={send.error()} />
        </form>
      </Show>
    </section>
  );
}
