import { type Conversation, type Message, type MessageMeta, paths, type Reasoning } from '@frontdesk/contract';
import {
  collection,
  type DocumentData,
  doc,
  getDoc,
  getDocs,
  limit,
  orderBy,
  type Query,
  query,
  startAfter,
  where,
} from 'firebase/firestore';
import { db } from './firebase.ts';
import { listenDoc, listenQuery } from './listen.ts';

/** How many conversations the list follows live: the most recently active ones. */
export const CONVERSATION_LIST_LIMIT = 100;

/** The list's filters; each is one equality on an indexed field (firestore.indexes.json). */
export type ConversationFilter = 'all' | 'unread' | 'waiting' | 'human' | 'closed' | 'booking';
export const conversationFilters: ConversationFilter[] = ['all', 'unread', 'waiting', 'human', 'closed', 'booking'];

/**
 * A bot's conversations, newest activity first, filtered, or the ones of one visitor email. Filtered by
 * `tenantId`, the field the rules grant members by (each filter has its composite index).
 */
function conversationsQuery(tenantId: string, botId: string, filter: ConversationFilter, email: string | null) {
  const narrowed =
    email !== null
      ? [where('visitorEmail', '==', email)]
      : filter === 'unread'
        ? [where('unreadForTeam', '==', true)]
        : filter === 'booking'
          ? [where('hasBooking', '==', true)]
          : filter === 'all'
            ? []
            : [where('status', '==', filter)];
  return query(
    collection(db, paths.conversations(botId)),
    where('tenantId', '==', tenantId),
    ...narrowed,
    orderBy('lastActivityAt', 'desc'),
  );
}

/** The newest CONVERSATION_LIST_LIMIT conversations of the filter, live. */
export function listenConversations(
  tenantId: () => string,
  botId: () => string,
  filter: () => ConversationFilter = () => 'all',
  email: () => string | null = () => null,
) {
  return listenQuery<Conversation>(() =>
    query(conversationsQuery(tenantId(), botId(), filter(), email()), limit(CONVERSATION_LIST_LIMIT)),
  );
}

/**
 * The next page after the conversation `afterId` (a cursor on its document, so equal times never skip or repeat
 * one), read once: pages past the live first one do not move while they are read.
 */
export async function loadOlderConversations(
  tenantId: string,
  botId: string,
  filter: ConversationFilter,
  email: string | null,
  afterId: string,
): Promise<(Conversation & { id: string })[]> {
  const cursor = await getDoc(doc(db, paths.conversation(botId, afterId)));
  const page = await getDocs(
    query(
      conversationsQuery(tenantId, botId, filter, email) as Query<DocumentData>,
      startAfter(cursor),
      limit(CONVERSATION_LIST_LIMIT),
    ),
  );
  return page.docs.map((item) => ({ ...(item.data() as Conversation), id: item.id }));
}

/** Whether a conversation id exists in the bot (for the lookup by id). */
export async function conversationExists(botId: string, conversationId: string): Promise<boolean> {
  if (!/^[A-Za-z0-9_-]{1,128}$/.test(conversationId)) return false;
  return (await getDoc(doc(db, paths.conversation(botId, conversationId))).catch(() => null))?.exists() ?? false;
}

/** One conversation and its messages in order, live: a streaming reply updates in place. */
export function listenTranscript(
  tenantId: () => string,
  botId: () => string,
  conversationId: () => string | undefined,
) {
  const conversation = listenDoc<Conversation>(() => {
    const id = conversationId();
    return id ? paths.conversation(botId(), id) : undefined;
  });
  const messages = listenQuery<Message>(() => {
    const id = conversationId();
    if (!id) return undefined;
    return query(
      collection(db, paths.messages(botId(), id)),
      where('tenantId', '==', tenantId()),
      orderBy('createdAt', 'asc'),
    );
  });
  return { conversation, messages };
}

/**
 * The model's reasoning behind the conversation's replies, by reply id, live: only there when the bot shows it
 * to the team (`showReasoningToTeam`). Filtered by `tenantId`, the field the rules grant members by.
 */
export function listenReasoning(tenantId: () => string, botId: () => string, conversationId: () => string | undefined) {
  return listenQuery<Reasoning>(() => {
    const id = conversationId();
    if (!id) return undefined;
    return query(collection(db, paths.reasoning(botId(), id)), where('tenantId', '==', tenantId()));
  });
}

/**
 * What the team knows about the conversation's messages (a reply's model and usage, an agent message's author), by
 * message id, live. Visitors cannot read it. Filtered by `tenantId`, the field the rules grant members by.
 */
export function listenMessageMeta(
  tenantId: () => string,
  botId: () => string,
  conversationId: () => string | undefined,
) {
  return listenQuery<MessageMeta>(() => {
    const id = conversationId();
    if (!id) return undefined;
    return query(collection(db, paths.messageMeta(botId(), id)), where('tenantId', '==', tenantId()));
  });
}
