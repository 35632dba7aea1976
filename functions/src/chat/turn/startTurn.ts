import { type MessageMeta, messageIds, type VisitorContext } from '@frontdesk/contract';
import { Timestamp } from 'firebase-admin/firestore';
import { appendMessages } from '../../conversations/appendMessages.ts';
import { assertVisitorOwns } from '../../conversations/assertVisitorOwns.ts';
import { newMessage } from '../../conversations/newMessage.ts';
import { recordEvent } from '../../events/recordEvent.ts';
import { getAllTyped } from '../../lib/documents/getAllTyped.ts';
import { refs } from '../../lib/documents/refs.ts';
import { expireAtFor } from '../../lib/expireAtFor.ts';
import { runTurnTransaction } from '../../lib/runTurnTransaction.ts';
import { type BudgetRequest, budgetRoomSearch } from '../../limits/findBudgetRoom.ts';
import { claimBudget } from '../../limits/reserveBudget.ts';

export interface StartedTurn {
  /** `null` when humans handle the conversation and the AI stays silent. */
  replyMessageId: string | null;
  /** True when this call repeats an earlier one with the same client message id: nothing was written. */
  replayed: boolean;
  createdConversation: boolean;
}

/**
 * Records the visitor's message and, unless a human has taken over, an empty `pending` reply with its meta (the
 * model and the budget reservation, which visitors cannot read), in one transaction that also creates the
 * conversation when it is new and reserves the reply's budget (refusing with the budget's reason, writing
 * nothing, when it has no room). The first budget shard is read with the conversation and the messages, so the
 * reservation costs no round trip of its own. The ownership check is repeated here, inside the transaction,
 * because a conversation id is the client's choice: only this read is current. A repeated client message id
 * changes nothing and reserves nothing.
 */
export async function startTurn(input: {
  botId: string;
  tenantId: string;
  visitorUid: string;
  conversationId: string;
  clientMessageId: string;
  text: string;
  leaseMs: number;
  /** The tenant's retention period, for the `expireAt` TTL field; null: kept. */
  retentionDays: number | null;
  /** What the reply must reserve before it is written; null, or unused, when a human handles the conversation. */
  budget: BudgetRequest | null;
  /** The model that will write the reply. */
  model: string;
  /** Where the visitor is: kept whole with a new conversation, its page as the current one later. */
  visitorContext?: VisitorContext;
  /** Whether a webhook listens to `message.created` (a visitor message to a waiting team is an event anyway). */
  messageEvents?: boolean;
  /** Whether a webhook or a member's notification wants `conversation.created`: else a new one records none. */
  conversationEvents?: boolean;
}): Promise<StartedTurn> {
  const conversationRef = refs.conversation(input.botId, input.conversationId);
  const messages = refs.messages(input.botId, input.conversationId);
  const visitorMessageRef = messages.doc(messageIds.visitor(input.clientMessageId));
  const replyRef = messages.doc(messageIds.reply(input.clientMessageId));
  const replyMetaRef = refs.messageMeta(input.botId, input.conversationId, replyRef.id);

  return runTurnTransaction(async (tx): Promise<StartedTurn> => {
    // A shard at random on every attempt, so a retry after a lock conflict most likely meets another one.
    const budget = input.budget ? budgetRoomSearch(input.budget) : null;
    const [conversation, previous, previousReply, budgetShard] = await getAllTyped(
      tx,
      conversationRef,
      visitorMessageRef,
      replyRef,
      ...(budget ? [budget.firstShard] : []),
    );
    const stored = conversation.data();
    assertVisitorOwns(stored, input.visitorUid);
    if (previous.exists) {
      return { replyMessageId: previousReply.exists ? replyRef.id : null, replayed: true, createdConversation: false };
    }

    const humanHandled = stored?.status === 'human' || stored?.status === 'waiting';
    // Reads the other budget shards only when the first has too little room; every write comes after.
    const reservation = !humanHandled && budget && budgetShard ? await claimBudget(tx, budget, budgetShard) : null;
    // Explicit times, the reply 1 ms after the visitor's message, so ordering by `createdAt` is never a tie.
    const at = Date.now();
    const expireAt = expireAtFor(at, input.retentionDays);
    const owner = { visitorUid: input.visitorUid, tenantId: input.tenantId };
    const question = newMessage({
      ...owner,
      role: 'visitor',
      text: input.text,
      createdAt: Timestamp.fromMillis(at),
      expireAt,
    });
    const reply = newMessage({
      ...owner,
      role: 'assistant',
      text: '',
      status: 'pending',
      createdAt: Timestamp.fromMillis(at + 1),
      leaseExpiresAt: Timestamp.fromMillis(at + input.leaseMs),
      expireAt: expireAtFor(at + 1, input.retentionDays),
    });
    appendMessages(tx, {
      conversation,
      messages: [
        { ref: visitorMessageRef, message: question },
        ...(humanHandled ? [] : [{ ref: replyRef, message: reply }]),
      ],
      at: Timestamp.fromMillis(at),
      expireAt,
      previewText: input.text,
      changes: {
        // The visitor wrote: the team sees the conversation as unread until someone opens it.
        unreadForTeam: true,
        // A closed conversation reopens when the visitor writes again.
        ...(stored?.status === 'closed' ? { status: 'ai' as const } : {}),
        ...visitorContextChanges(conversation.exists, input.visitorContext),
      },
      create: { botId: input.botId, tenantId: input.tenantId, visitorUid: input.visitorUid },
    });
    const about = { tenantId: input.tenantId, botId: input.botId, conversationId: input.conversationId };
    if (!conversation.exists && input.conversationEvents) {
      recordEvent(tx, { ...about, type: 'conversation.created', data: { context: input.visitorContext ?? null } });
    }
    if (input.messageEvents || humanHandled) {
      recordEvent(tx, {
        ...about,
        type: 'message.created',
        role: 'visitor',
        data: { messageId: visitorMessageRef.id, role: 'visitor', text: input.text },
      });
    }
    if (!humanHandled) {
      tx.create(replyMetaRef, {
        tenantId: input.tenantId,
        model: input.model,
        usage: null,
        timing: null,
        reservation,
        createdAt: reply.createdAt,
        expireAt: reply.expireAt,
      } satisfies MessageMeta);
    }
    return {
      replyMessageId: humanHandled ? null : replyRef.id,
      replayed: false,
      createdConversation: !conversation.exists,
    };
  });
}

/** A new conversation keeps the whole context; a later message moves only the current page on. */
function visitorContextChanges(exists: boolean, context: VisitorContext | undefined) {
  if (!context) return {};
  const page = context.pageUrl ? { currentPageUrl: context.pageUrl } : {};
  return exists ? page : { context, ...page };
}
