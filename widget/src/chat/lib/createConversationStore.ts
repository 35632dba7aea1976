import type {
  CitedSource,
  MessageAttachment,
  MessageRole,
  MessageStatus,
  ReplyErrorCode,
  SendMessageChunk,
} from '@frontdesk/contract';
import { conversationPath, messagesPath } from '@frontdesk/contract/conversationPaths';
import { messageIds } from '@frontdesk/contract/messageIds';
import { applyTextChunk } from '@frontdesk/contract/textChunks';
import { warmUpCall } from '@frontdesk/contract/warmUp';
import { batch, createMemo, onCleanup } from 'solid-js';
import { createStore, produce, reconcile } from 'solid-js/store';
import { conversationStorageKey } from '../../shared/chatContext.ts';
import type { Emitter } from '../../shared/createEmitter.ts';
import { readStorage, writeStorage } from '../../shared/safeStorage.ts';
import type { CallFailure } from '../../shared/widgetEvents.ts';
import { appCheckToken } from './appCheckTokens.ts';
import { callFunction, failureReason } from './callFunction.ts';
import type { FirebaseConnection } from './connectFirebase.ts';
import { loadFirebase } from './loadFirebase.ts';
import { randomId } from './randomId.ts';

export interface ChatMessage {
  id: string;
  role: MessageRole;
  text: string;
  status: MessageStatus;
  errorCode: ReplyErrorCode | null;
  attachments: MessageAttachment[];
  /** The bot's knowledge sources a reply cites, shown under it. */
  sources?: CitedSource[];
  /** Only on the visitor's own messages before the server has them: being sent, or refused. */
  delivery?: { state: 'sending' } | { state: 'failed'; reason: CallFailure; retryAfterSeconds?: number };
  /** Kept on a local message so a retry reuses it and the server records the message once. */
  clientMessageId?: string;
}

export interface ConversationState {
  phase: 'idle' | 'connecting' | 'ready' | 'failed';
  conversationId: string | null;
  /** From the Firestore listener. */
  remote: ChatMessage[];
  /** The visitor's messages shown at once, until the listener delivers them. */
  local: ChatMessage[];
  /** Who answers now: the AI, or the business's team after a member took the conversation over. */
  answeredBy: 'ai' | 'team';
  /** The visitor asked for a person (or the AI handed over) and no one has answered yet. */
  waiting: boolean;
}

/**
 * The visitor's conversation with one bot. Connects (anonymous Auth) on first need, follows the messages
 * through a Firestore listener, so replies stream in and every tab sees the same, and sends through the
 * `sendMessage` callable. The conversation id lives in localStorage: a reload resumes it, and the `storage`
 * event keeps other tabs on the same conversation.
 */
export function createConversationStore(options: {
  botId: string;
  origin: string;
  emitter: Emitter;
  contextMode: 'off' | 'page' | 'full';
}) {
  const key = conversationStorageKey(options.botId);
  const [state, setState] = createStore<ConversationState>({
    phase: 'idle',
    conversationId: readStorage(() => localStorage, key),
    remote: [],
    local: [],
    answeredBy: 'ai',
    waiting: false,
  });
  let connection: FirebaseConnection | null = null;
  let connecting: Promise<FirebaseConnection | null> | null = null;
  let unsubscribe: (() => void) | null = null;
  let unsubscribeStatus: (() => void) | null = null;
  /** The conversation the listener follows: before the first question, the one it will start (see `warm`). */
  let listeningTo: string | null = null;
  /** The id the next new conversation takes, chosen when the chat connects. */
  let nextConversationId: string | null = null;
  /** Replies already seen complete, so `message` and `error` events fire once, and not for history. */
  const announced = new Set<string>();
  /**
   * The text of replies this tab asked for, as the call's response streams it: ahead of the listener, whose
   * snapshots show it until they catch up. Kept until a snapshot shows the reply ended, not until the call does:
   * snapshots written before the end can still arrive after the call's answer, and would take text back.
   */
  const streamed = new Map<string, string>();
  const shownText = (id: string, status: MessageStatus, text: string) => {
    const ahead = streamed.get(id) ?? '';
    if (status === 'done' || status === 'error') streamed.delete(id);
    else if (ahead.length > text.length) return ahead;
    return text;
  };

  const messages = createMemo(() => {
    const remoteIds = new Set(state.remote.map((message) => message.id));
    return [...state.remote, ...state.local.filter((message) => !remoteIds.has(message.id))];
  });

  /**
   * Follows who answers. Started once the conversation has a message: before that its document does not
   * exist, and the rules refuse reading it. A refusal only leaves the notice off.
   */
  const followStatus = (conn: FirebaseConnection, conversationId: string) => {
    const { doc, onSnapshot } = conn.firestore;
    unsubscribeStatus = onSnapshot(
      doc(conn.db, conversationPath(options.botId, conversationId)),
      (snapshot) =>
        setState({
          answeredBy: snapshot.get('status') === 'human' ? 'team' : 'ai',
          waiting: snapshot.get('status') === 'waiting',
        }),
      () => setState({ answeredBy: 'ai', waiting: false }),
    );
  };

  const stopListening = () => {
    listeningTo = null;
    unsubscribe?.();
    unsubscribeStatus?.();
    unsubscribe = null;
    unsubscribeStatus = null;
  };

  const listen = (conn: FirebaseConnection, conversationId: string) => {
    stopListening();
    listeningTo = conversationId;
    const { collection, onSnapshot, orderBy, query, where } = conn.firestore;
    let first = true;
    const messagesQuery = query(
      collection(conn.db, messagesPath(options.botId, conversationId)),
      where('visitorUid', '==', conn.uid),
      orderBy('createdAt'),
    );
    unsubscribe = onSnapshot(
      messagesQuery,
      (snapshot) => {
        const next = snapshot.docs.map((item): ChatMessage => {
          const data = item.data();
          const text = shownText(item.id, data.status, data.text ?? '');
          return {
            id: item.id,
            role: data.role,
            text,
            // A reply whose first words came with the call shows them, not the typing dots.
            status: data.status === 'pending' && text ? 'streaming' : data.status,
            errorCode: data.errorCode ?? null,
            attachments: data.attachments ?? [],
            sources: data.sources,
          };
        });
        for (const message of next) {
          if (message.role === 'visitor' || announced.has(message.id)) continue;
          if (message.status !== 'done' && message.status !== 'error') continue;
          announced.add(message.id);
          if (first) continue;
          if (message.status === 'done') {
            options.emitter.emit('message', { id: message.id, role: message.role, text: message.text });
          } else {
            options.emitter.emit('error', { kind: 'reply', code: message.errorCode ?? 'internal' });
          }
        }
        first = false;
        if (next.length > 0 && !unsubscribeStatus) followStatus(conn, conversationId);
        const arrived = new Set(next.map((message) => message.id));
        batch(() => {
          setState('remote', reconcile(next, { key: 'id' }));
          setState('local', (local) => local.filter((message) => !arrived.has(message.id)));
        });
      },
      () => {
        // A listener that failed follows nothing: the conversation gets a new one when it is switched to.
        if (listeningTo === conversationId) listeningTo = null;
        // The stored conversation is not readable by this visitor (e.g. their sign-in was cleared): start afresh.
        if (state.conversationId === conversationId) startNew();
      },
    );
  };

  /** Loaded while signing in, so the first message waits for it no longer than for the sign-in. */
  let questionCode: Promise<typeof import('./questionCode.ts')> | null = null;
  const loadQuestionCode = () => {
    questionCode ??= import('./questionCode.ts');
    return questionCode;
  };

  const connect = (): Promise<FirebaseConnection | null> => {
    void loadQuestionCode();
    if (connection) return Promise.resolve(connection);
    connecting ??= (async () => {
      setState('phase', 'connecting');
      try {
        connection = await (await loadFirebase()).connectFirebase(options.origin, appCheckToken);
        // While the visitor types: the first question's call then finds its way open (contract's warmUp.ts).
        void callFunction(connection, 'sendMessage', warmUpCall as never).catch(() => undefined);
        setState('phase', 'ready');
        if (state.conversationId) listen(connection, state.conversationId);
        else warm(connection);
        return connection;
      } catch (error) {
        console.warn('Frontdesk could not connect:', error);
        setState('phase', 'failed');
        connecting = null;
        return null;
      }
    })();
    return connecting;
  };

  /**
   * Before the first question: listens already to the conversation it will start (empty until then), so the
   * Firestore connection and the query are set up while the visitor types, and the first reply's words come
   * through an open channel instead of one opened when the question is sent.
   */
  const warm = (conn: FirebaseConnection) => {
    nextConversationId ??= randomId();
    listen(conn, nextConversationId);
  };

  const switchTo = (conversationId: string | null) => {
    const listening = conversationId !== null && conversationId === listeningTo;
    if (!listening) stopListening();
    setState({ conversationId, remote: [], local: [], answeredBy: 'ai', waiting: false });
    if (!connection || listening) return;
    if (conversationId) listen(connection, conversationId);
    else warm(connection);
  };

  const startNew = () => {
    writeStorage(() => localStorage, key, null);
    switchTo(null);
  };

  const deliver = async (message: ChatMessage) => {
    const conn = await connect();
    const conversationId = state.conversationId;
    const clientMessageId = message.clientMessageId as string;
    const update = (delivery: ChatMessage['delivery']) =>
      setState(
        'local',
        (local) => local.id === message.id,
        produce((local) => {
          local.delivery = delivery;
        }),
      );
    if (!conn || !conversationId) {
      update({ state: 'failed', reason: 'network' });
      return;
    }
    update({ state: 'sending' });
    const replyId = messageIds.reply(clientMessageId);
    const onChunk = (chunk: SendMessageChunk) => {
      const text = applyTextChunk(streamed.get(replyId) ?? '', chunk);
      streamed.set(replyId, text);
      setState(
        'remote',
        (reply) => reply.id === replyId && (reply.status === 'pending' || reply.status === 'streaming'),
        produce((reply) => {
          reply.text = shownText(replyId, reply.status, reply.text);
          if (reply.text) reply.status = 'streaming';
        }),
      );
    };
    try {
      const { visitorContext, readEventStream } = await loadQuestionCode();
      await callFunction(
        conn,
        'sendMessage',
        {
          botId: options.botId,
          conversationId,
          clientMessageId,
          text: message.text,
          context: visitorContext(options.contextMode),
        },
        (response) => readEventStream(response, onChunk),
      );
    } catch (error) {
      const reason = failureReason(error);
      const retryAfterSeconds = (error as { details?: { retryAfterSeconds?: number } }).details?.retryAfterSeconds;
      update({ state: 'failed', reason, ...(retryAfterSeconds ? { retryAfterSeconds } : {}) });
      options.emitter.emit('error', { kind: 'call', reason });
    }
  };

  const send = (text: string) => {
    const value = text.trim();
    if (!value) return;
    if (!state.conversationId) {
      const conversationId = nextConversationId ?? randomId();
      nextConversationId = null;
      writeStorage(() => localStorage, key, conversationId);
      switchTo(conversationId);
    }
    const clientMessageId = randomId();
    const message: ChatMessage = {
      id: messageIds.visitor(clientMessageId), // the id the server gives it, so its snapshot replaces this one
      role: 'visitor',
      text: value,
      status: 'done',
      errorCode: null,
      attachments: [],
      delivery: { state: 'sending' },
      clientMessageId,
    };
    setState('local', (local) => [...local, message]);
    options.emitter.emit('message', { id: message.id, role: 'visitor', text: value });
    void deliver(message);
  };

  /**
   * Sends a refused message again (same client id), or has a failed reply answered again in place: the
   * question keeps its one place in the conversation.
   */
  const retry = async (message: ChatMessage) => {
    if (message.delivery?.state === 'failed') {
      void deliver(message);
      return;
    }
    const list = messages();
    const index = list.findIndex((candidate) => candidate.id === message.id);
    const question = list
      .slice(0, index)
      .reverse()
      .find((candidate) => candidate.role === 'visitor');
    // A question the server has already written comes back with its id alone, which is named after its client id.
    const clientMessageId = question && (question.clientMessageId ?? messageIds.clientIdOfVisitorMessage(question.id));
    const conn = await connect();
    if (!clientMessageId || !conn || !state.conversationId) return;
    try {
      await callFunction(conn, 'sendMessage', {
        botId: options.botId,
        conversationId: state.conversationId,
        clientMessageId,
        text: question.text,
        regenerate: true,
      });
    } catch (error) {
      options.emitter.emit('error', { kind: 'call', reason: failureReason(error) });
    }
  };

  // A follow-up mail's link back to a conversation: its code loads only when the page was opened from one.
  if (location.hash.startsWith('#frontdesk-resume=')) {
    void import('./resumeFromLink.ts').then(({ resumeFromLink }) =>
      resumeFromLink({
        botId: options.botId,
        emitter: options.emitter,
        failureReason,
        resume: async (request) => {
          const conn = await connect();
          if (!conn) throw new TypeError('not connected');
          return callFunction(conn, 'resumeConversation', request);
        },
        switchTo: (id) => {
          writeStorage(() => localStorage, key, id);
          switchTo(id);
        },
      }),
    );
  }

  const onStorage = (event: StorageEvent) => {
    if (event.key === key && event.newValue !== state.conversationId) switchTo(event.newValue);
  };
  window.addEventListener('storage', onStorage);
  onCleanup(() => {
    stopListening();
    window.removeEventListener('storage', onStorage);
  });

  return [
    { state, messages, connection: () => connection },
    { connect, send, retry, startNew },
  ] as const;
}
