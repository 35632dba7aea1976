import { linkSigningSecret } from '../config.ts';
import { verifyLink } from '../domain/links/signLink.ts';
import { db } from '../lib/admin.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { refs } from '../lib/documents/refs.ts';
import { refuse } from '../lib/refuse.ts';

/**
 * Opens a conversation from a follow-up mail's signed link in whatever browser the visitor uses now: the signature
 * proves the link came from the mail, and the conversation (with its messages, which carry the visitor's uid for
 * the rules) becomes the caller's. The link is a bearer credential for that one conversation, like the mail itself.
 */
export const resumeConversation = defineCallable(
  'resumeConversation',
  { maxInstances: 10, secrets: [linkSigningSecret] },
  async ({ uid, input }) => {
    if (!verifyLink(linkSigningSecret.value(), input.token, 'resume', input.botId, input.conversationId)) {
      throw refuse('permission-denied', 'link_invalid', 'This link is not valid; start a new conversation.');
    }
    const conversationRef = refs.conversation(input.botId, input.conversationId);
    const conversation = (await conversationRef.get()).data();
    if (!conversation) throw refuse('not-found', 'conversation_not_found', 'This conversation no longer exists.');
    if (conversation.visitorUid === uid) return { conversationId: input.conversationId };
    const messages = await refs.messages(input.botId, input.conversationId).select().get();
    const writer = db.bulkWriter();
    for (const message of messages.docs) void writer.update(message.ref, { visitorUid: uid });
    // The conversation last: until it moves, the old browser still reads every message.
    await writer.close();
    await conversationRef.update({ visitorUid: uid });
    return { conversationId: input.conversationId };
  },
);
