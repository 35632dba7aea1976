import { Timestamp } from 'firebase-admin/firestore';
import { exportMaxConversations } from '../config.ts';
import { type ConversationCsvRow, conversationsCsv } from '../domain/export/conversationsCsv.ts';
import { toPlainJson } from '../domain/export/toPlainJson.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import type { ConversationDocument } from '../lib/documents/converters.ts';
import { refs } from '../lib/documents/refs.ts';

/** Conversations whose messages are read at once; more would only queue in Firestore. */
const PARALLEL_READS = 20;

/**
 * Owners and admins: every conversation of the bot that started within the date range (UTC days, inclusive),
 * with its messages and the visitor's context, as JSON Lines (a conversation per line) or CSV (a message per row,
 * formula-safe). At most EXPORT_MAX_CONVERSATIONS; `truncated` says when the range held more.
 */
export const exportConversations = defineCallable(
  'exportConversations',
  { maxInstances: 5, timeoutSeconds: 300, memory: '512MiB' },
  async ({ input, member }) => {
    const max = exportMaxConversations.value();
    const from = Timestamp.fromMillis(Date.parse(`${input.from}T00:00:00Z`));
    const to = Timestamp.fromMillis(Date.parse(`${input.to}T00:00:00Z`) + 86_400_000);
    const found = await refs
      .conversations(input.botId)
      .where('tenantId', '==', member.tenantId)
      .where('createdAt', '>=', from)
      .where('createdAt', '<', to)
      .orderBy('createdAt')
      .limit(max + 1)
      .get();
    const conversations = found.docs.slice(0, max);
    const withMessages: { id: string; conversation: ConversationDocument; messages: Record<string, unknown>[] }[] = [];
    for (let index = 0; index < conversations.length; index += PARALLEL_READS) {
      const batch = conversations.slice(index, index + PARALLEL_READS);
      withMessages.push(
        ...(await Promise.all(
          batch.map(async (doc) => {
            const messages = await refs.messages(input.botId, doc.id).orderBy('createdAt').get();
            return {
              id: doc.id,
              conversation: doc.data(),
              messages: messages.docs.map((message) => {
                const { role, text, status, createdAt } = message.data();
                return toPlainJson({ id: message.id, role, text, status, createdAt }) as Record<string, unknown>;
              }),
            };
          }),
        )),
      );
    }
    const name = `conversations-${input.botId}-${input.from}-${input.to}`;
    const content =
      input.format === 'jsonl'
        ? withMessages
            .map(
              ({ id, conversation, messages }) =>
                `${JSON.stringify({ id, ...(toPlainJson(conversation) as object), messages })}\n`,
            )
            .join('')
        : conversationsCsv(
            withMessages.flatMap(({ id, conversation, messages }) => csvRows(id, conversation, messages)),
          );
    return {
      filename: `${name}.${input.format === 'jsonl' ? 'jsonl' : 'csv'}`,
      content,
      conversations: withMessages.length,
      truncated: found.docs.length > max,
    };
  },
);

function csvRows(
  id: string,
  conversation: ConversationDocument,
  messages: Record<string, unknown>[],
): ConversationCsvRow[] {
  const plain = toPlainJson(conversation) as Record<string, unknown>;
  return messages.map((message) => ({
    conversationId: id,
    conversationCreatedAt: String(plain.createdAt ?? ''),
    status: conversation.status,
    visitorEmail: conversation.visitorEmail ?? '',
    pageUrl: conversation.context?.pageUrl ?? '',
    language: conversation.context?.language ?? '',
    messageId: String(message.id),
    messageCreatedAt: String(message.createdAt ?? ''),
    role: String(message.role),
    text: String(message.text ?? ''),
  }));
}
