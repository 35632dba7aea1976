import { type Conversation, type Message, type MessageMeta, paths, type Reasoning } from '@frontdesk/contract';
import { collection, limit, orderBy, query, where } from 'firebase/firestore';
import { db } from './firebase.ts';
import { listenDoc, listenQuery } from './listen.ts';

/** How many conversations the list follows live: the most recently active ones. */
export const CONVERSATION_LIST_LIMIT = 100;

/**
 * A bot's conversations, newest activity first. Filtered by `tenantId`, the field the rules grant members
 * by (needs the composite index tenantId ASC, lastActivityAt DESC).
 */
export function listenConversations(tenantId: () => string, botId: () => string) {
  return listenQuery<Conversation>(() =>
    query(
      collection(db, paths.conversations(botId())),
      where('tenantId', '==', tenantId()),
      orderBy('lastActivityAt', 'desc'),
      limit(CONVERSATION_LIST_LIMIT),
    ),
  );
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
