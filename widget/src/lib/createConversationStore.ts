import type { Bot, MessageRole, MessageStatus, ReplyErrorCode, SendMessageRequest, SendMessageResponse } from '@frontdesk/contract';
import { paths } from '@frontdesk/contract/paths';
import { collection, doc, getDoc, onSnapshot, orderBy, query, where } from 'firebase/firestore';
import { onCleanup } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { CallableError, callFunction } from './callFunction.ts';
import { connectFirebase, type FirebaseConnection } from './connectFirebase.ts';

export interface ChatMessage {
  id: string;
  role: MessageRole;
  text: string;
  status: MessageStatus;
  errorCode: ReplyErrorCode | null;
}

export interface ConversationState {
  phase: 'idle' | 'connecting' | 'ready' | 'failed';
  bot: Bot | null;
  messages: ChatMessage[];
  sending: boolean;
  /** A problem with sending itself (not with a reply, which carries its own error code). */
  sendError: string | null;
}

const storageKey = (botId: string) => `frontdesk:${botId}:conversation`;

/**
 * The visitor's conversation with one bot: connects on first use, follows the messages through a Firestore
 * listener (so partial reply text streams in) and sends through the `sendMessage` callable.
 */
export function createConversationStore(options: { botId: string; origin: string }) {
  const [state, setState] = createStore<ConversationState>({
    phase: 'idle',
    bot: null,
    messages: [],
    sending: false,
    sendError: null,
  });
  let connection: FirebaseConnection | null = null;
  let conversationId = readStoredConversationId(options.botId);
  let unsubscribe: (() => void) | null = null;
  onCleanup(() => unsubscribe?.());

  const listen = (conn: FirebaseConnection, id: string) => {
    unsubscribe?.();
    const messages = query(
      collection(conn.db, paths.messages(options.botId, id)),
      where('visitorUid', '==', conn.uid),
      orderBy('createdAt'),
    );
    unsubscribe = onSnapshot(messages, (snapshot) => {
      setState(
        'messages',
        reconcile(
          snapshot.docs.map((message): ChatMessage => {
            const data = message.data();
            return { id: message.id, role: data.role, text: data.text, status: data.status, errorCode: data.errorCode ?? null };
          }),
          { key: 'id' },
        ),
      );
    });
  };

  const connect = async () => {
    if (state.phase !== 'idle') return;
    setState('phase', 'connecting');
    try {
      const conn = await connectFirebase(options.origin);
      const bot = await getDoc(doc(conn.db, paths.bot(options.botId)));
      connection = conn;
      setState({ bot: (bot.data() as Bot | undefined) ?? null, phase: 'ready' });
      if (conversationId) listen(conn, conversationId);
    } catch (error) {
      console.warn('Frontdesk could not connect:', error);
      setState('phase', 'failed');
    }
  };

  const send = async (text: string) => {
    if (!connection || state.sending || !text.trim()) return;
    if (!conversationId) {
      conversationId = doc(collection(connection.db, paths.conversations(options.botId))).id;
      localStorage.setItem(storageKey(options.botId), conversationId);
      listen(connection, conversationId);
    }
    setState({ sending: true, sendError: null });
    try {
      await callFunction<SendMessageRequest, SendMessageResponse>(connection, 'sendMessage', {
        botId: options.botId,
        conversationId,
        text,
      });
    } catch (error) {
      setState('sendError', error instanceof CallableError ? error.message : 'The message could not be sent.');
    } finally {
      setState('sending', false);
    }
  };

  return [state, { connect, send }] as const;
}

function readStoredConversationId(botId: string): string | null {
  try {
    return localStorage.getItem(storageKey(botId));
  } catch {
    return null; // storage blocked (e.g. third-party storage partitioning): start fresh each load
  }
}
