import {
  type Message,
  type MessageAttachment,
  type ModelRequestField,
  paths,
  type ReplyKnowledge,
} from '@frontdesk/contract';
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import type OpenAI from 'openai';
import { conversationActivity } from '../conversations/appendMessages.ts';
import type { PromptMessage } from '../domain/chat/buildPrompt.ts';
import { classifyProviderError } from '../domain/chat/classifyProviderError.ts';
import { createThrottledWriter } from '../domain/chat/createThrottledWriter.ts';
import { citedRefs, citedSources } from '../domain/knowledge/citedSources.ts';
import type { BudgetLimits } from '../domain/limits/budgetShares.ts';
import { estimateTokens, settleUsage } from '../domain/limits/tokenBudget.ts';
import { recordEvent } from '../events/recordEvent.ts';
import type { Retrieval } from '../knowledge/retrieveKnowledge.ts';
import { db } from '../lib/admin.ts';
import { refs } from '../lib/documents/refs.ts';
import { expireAtFor } from '../lib/expireAtFor.ts';
import { errorCodeOf, log } from '../lib/log.ts';
import { budgetChanges } from '../limits/budgetChanges.ts';
import { recordDailyUsage } from '../limits/recordDailyUsage.ts';
import { settleReservation } from '../limits/settleReservation.ts';
import { bookingToolDefinitions } from './bookingTools.ts';
import { assistantToolCallMessage } from './completion/assistantToolCallMessage.ts';
import { recordModelRefusals } from './recordModelRefusals.ts';
import { EmptyReplyError } from './replyErrors.ts';
import { RoundNotReservedError, reserveNextRound, roundPromptTexts } from './reserveNextRound.ts';
import { saveReasoning } from './saveReasoning.ts';
import { type CompletionUsage, streamCompletion } from './streamCompletion.ts';
import type { ToolRunner } from './tools/ChatTool.ts';

/** Model calls one reply may make: answers that call tools, and the answer after them. */
const MAX_ROUNDS = 4;

/** What the model is told when its provider refuses the booking tools: the widget's button books instead. */
const TOOLS_UNAVAILABLE_NOTE =
  'Booking tools are not available with this model: do not look up times or book in this chat. When the visitor wants an appointment, tell them to use the "Book an appointment" button below the chat.';

export interface ReplyJob {
  botId: string;
  tenantId: string;
  conversationId: string;
  replyMessageId: string;
  model: string;
  temperature: number | null;
  maxOutputTokens: number;
  prompt: PromptMessage[];
  /** The tenant's retention period: the conversation's `expireAt` moves on with its activity. */
  retentionDays: number | null;
  /** Runs the booking tools; absent when the bot takes no appointments. */
  runTool?: ToolRunner;
  /** The tools offered with `runTool`, in Chat Completions form; left out: the booking tools. */
  toolDefinitions?: OpenAI.Chat.Completions.ChatCompletionTool[];
  /** Request fields this model's provider refused before (the bot's `modelStatus`): left out from the start. */
  refusedFields: readonly ModelRequestField[];
  /** The bot's `showReasoningToTeam`: keep the model's reasoning for the console transcript. */
  keepReasoning: boolean;
  /** Told the reply's whole text each time it changes while the model writes, beside the throttled writes. */
  onText?: (text: string) => void;
  /** Whether a webhook listens to `message.created`: the finished reply is then recorded as an event. */
  messageEvents?: boolean;
  /** The tenant's monthly budget and daily cap: each model round after the first reserves its own tokens. */
  budgetLimits: BudgetLimits;
  /** What retrieval found for the question (its passages are in the prompt); null when the bot has no knowledge. */
  knowledge?: Retrieval | null;
}

export interface ProviderConfig {
  baseURL: string;
  apiKey: string;
  flushIntervalMs: number;
  connectTimeoutMs: number;
  idleTimeoutMs: number;
  maxRetryWaitMs: number;
  replyTimeoutMs: number;
  /** How long a reply may go without a write before the sweeper counts its writer as dead. */
  leaseMs: number;
}

/**
 * Streams the model's answer into the reply message and always ends it as `done` or `error` (partial text
 * kept), then records usage: in the reply's meta, in the tenant's budget and in the daily totals. The first
 * model round runs on the reservation admitTurn made; every later one (the answer after tool calls) is
 * reserved before its call and the round before it settled, and the reply ends when the budget has no room.
 */
export async function runReply(job: ReplyJob, provider: ProviderConfig): Promise<'done' | 'error'> {
  const conversationRef = db.doc(paths.conversation(job.botId, job.conversationId));
  const replyRef = refs.message(job.botId, job.conversationId, job.replyMessageId);
  const metaRef = refs.messageMeta(job.botId, job.conversationId, job.replyMessageId);
  const startedAt = Date.now();
  let firstTokenAt: number | null = null;

  const writer = createThrottledWriter<Partial<Message>>({
    intervalMs: provider.flushIntervalMs,
    write: async (patch) => {
      await replyRef.update({ ...patch, updatedAt: FieldValue.serverTimestamp() });
    },
    onWriteError: (error) =>
      log.warn('reply.writeFailed', { botId: job.botId, replyId: job.replyMessageId, cause: errorCodeOf(error) }),
  });
  const lease = () => Timestamp.fromMillis(Date.now() + provider.leaseMs);

  let text = '';
  let reasoning = '';
  const attachments: MessageAttachment[] = [];
  let outcome: { status: 'done' | 'error'; errorCode: Message['errorCode']; reported: CompletionUsage | null };
  let reported: CompletionUsage | null = { promptTokens: 0, completionTokens: 0 };
  // Every round sends the whole conversation so far: what an unreported reply is estimated from.
  const promptTextsSent: string[] = [];
  // Tokens of earlier rounds already settled in the budget, and what the round that ended last used.
  let settledTokens = 0;
  let roundUsedTokens = 0;
  try {
    const messages: OpenAI.Chat.Completions.ChatCompletionMessageParam[] = [...job.prompt];
    const refusedFields = new Set(job.refusedFields);
    // While a model only reasons nothing is written, so the lease is renewed now and then, not per token.
    let leaseRenewedAt = 0;
    const renewLease = () => {
      if (Date.now() - leaseRenewedAt < provider.leaseMs / 4) return;
      leaseRenewedAt = Date.now();
      writer.offer({ text, status: 'streaming', attachments, leaseExpiresAt: lease() });
    };
    for (let round = 1; round <= MAX_ROUNDS; round += 1) {
      const roundPrompt = roundPromptTexts(messages);
      if (round > 1) {
        const next = await reserveNextRound({
          tenantId: job.tenantId,
          metaRef,
          limits: job.budgetLimits,
          usedTokens: roundUsedTokens,
          promptTexts: roundPrompt,
          maxOutputTokens: job.maxOutputTokens,
          now: new Date(),
        });
        if (next !== 'ended') settledTokens += roundUsedTokens;
        if (next !== 'reserved') throw new RoundNotReservedError(next);
      }
      promptTextsSent.push(...roundPrompt);
      // Text of earlier rounds stays; a later round's text follows it.
      const before = text ? `${text}\n\n` : '';
      const result = await streamCompletion({
        baseURL: provider.baseURL,
        apiKey: provider.apiKey,
        model: job.model,
        messages,
        tools: job.runTool && round < MAX_ROUNDS ? (job.toolDefinitions ?? bookingToolDefinitions) : undefined,
        temperature: job.temperature,
        maxOutputTokens: job.maxOutputTokens,
        omitFields: [...refusedFields],
        toolsUnavailableNote: TOOLS_UNAVAILABLE_NOTE,
        connectTimeoutMs: provider.connectTimeoutMs,
        idleTimeoutMs: provider.idleTimeoutMs,
        maxRetryWaitMs: provider.maxRetryWaitMs,
        signal: AbortSignal.timeout(provider.replyTimeoutMs),
        onText: (soFar) => {
          firstTokenAt ??= Date.now();
          leaseRenewedAt = Date.now();
          // Reasoning the model's content only showed late (a stray closing tag) can shorten the text.
          text = soFar ? before + soFar : before.trimEnd();
          writer.offer({ text, status: 'streaming', attachments, leaseExpiresAt: lease() });
          job.onText?.(text);
        },
        onReasoning: renewLease,
      });
      text = result.text ? before + result.text : before.trimEnd();
      reasoning += result.reasoning;
      if (result.refused.length > 0) {
        for (const field of result.refused) refusedFields.add(field);
        await recordModelRefusals(job.botId, job.model, [...refusedFields]);
      }
      reported =
        reported && result.usage
          ? {
              promptTokens: reported.promptTokens + result.usage.promptTokens,
              completionTokens: reported.completionTokens + result.usage.completionTokens,
            }
          : null;
      roundUsedTokens = result.usage
        ? result.usage.promptTokens + result.usage.completionTokens
        : estimateTokens(roundPrompt) + estimateTokens([result.text + result.reasoning]);
      if (result.toolCalls.length === 0 || !job.runTool) break;
      messages.push(assistantToolCallMessage(result.text, result.toolCalls));
      for (const call of result.toolCalls) {
        const tool = await job.runTool(call.name, call.arguments);
        if (tool.attachment) attachments.push(tool.attachment);
        messages.push({ role: 'tool', tool_call_id: call.id, content: JSON.stringify(tool.result) });
      }
      writer.offer({ text, status: 'streaming', attachments, leaseExpiresAt: lease() });
    }
    // No text and nothing the tools showed: the visitor would get an empty bubble.
    if (!text.trim() && attachments.length === 0) throw new EmptyReplyError(reasoning.length);
    outcome = { status: 'done', errorCode: null, reported };
  } catch (error) {
    const errorCode = error instanceof RoundNotReservedError ? error.code : classifyProviderError(error);
    // `reply.error`: the log-based metric of replies ending in error (README, Logs and alerts).
    log.warn('reply.error', {
      errorCode,
      cause: errorCodeOf(error),
      tenantId: job.tenantId,
      botId: job.botId,
      conversationId: job.conversationId,
      replyId: job.replyMessageId,
    });
    // An empty answer still came whole, with the provider's count of what it cost.
    outcome = { status: 'error', errorCode, reported: error instanceof EmptyReplyError ? reported : null };
  }

  const knowledge = job.knowledge ?? null;
  const embeddingTokens = knowledge?.embeddingTokens ?? 0;
  const usage = settleUsage({
    reported: outcome.reported,
    promptTexts: promptTextsSent,
    // Reasoning tokens are paid for like the answer's.
    producedText: text + reasoning,
  });
  const now = Date.now();
  const timing = {
    timeToFirstTokenMs: firstTokenAt === null ? null : firstTokenAt - startedAt,
    durationMs: now - startedAt,
  };
  // The last version of the reply, its meta and the settling of the round it still holds commit together; a
  // reservation the sweeper already settled is not settled twice.
  const finalWrite = (patch: Partial<Message>) =>
    db.runTransaction(async (tx) => {
      const held = (await tx.get(metaRef)).data()?.reservation;
      if (held) {
        const changes = budgetChanges();
        await settleReservation(tx, changes, {
          reservation: held,
          // The question's embedding rode on the first round's reservation.
          usedTokens: Math.max(0, usage.promptTokens + usage.completionTokens + embeddingTokens - settledTokens),
          limits: job.budgetLimits,
        });
        changes.write(tx);
      }
      tx.set(
        metaRef,
        {
          tenantId: job.tenantId,
          model: job.model,
          usage,
          timing,
          reservation: null,
          knowledge: replyKnowledge(knowledge, text),
        },
        { merge: true },
      );
      tx.update(replyRef, { ...patch, updatedAt: FieldValue.serverTimestamp() });
      if (job.messageEvents && patch.status === 'done') {
        recordEvent(tx, {
          type: 'message.created',
          role: 'assistant',
          tenantId: job.tenantId,
          botId: job.botId,
          conversationId: job.conversationId,
          data: { messageId: job.replyMessageId, role: 'assistant', text: patch.text ?? '' },
        });
      }
    });
  const sources = knowledge ? { sources: citedSources(text, knowledge.passages) } : {};
  await writer.finish(
    { text, status: outcome.status, errorCode: outcome.errorCode, attachments, ...sources, leaseExpiresAt: null },
    finalWrite,
  );
  await Promise.all([
    job.keepReasoning && reasoning.trim()
      ? saveReasoning({ ...job, reasoning, at: now, expireAt: expireAtFor(now, job.retentionDays) })
      : null,
    recordDailyUsage(job.tenantId, new Date(now), {
      messages: 1,
      replies: 1,
      promptTokens: usage.promptTokens,
      completionTokens: usage.completionTokens,
      embeddingTokens,
    }),
    text
      ? conversationRef.update(
          conversationActivity(text, Timestamp.fromMillis(now), expireAtFor(now, job.retentionDays)),
        )
      : null,
  ]);
  return outcome.status;
}

/** For the console's transcript: the passages the prompt held (an excerpt of each), which the reply cited. */
function replyKnowledge(knowledge: Retrieval | null, text: string): ReplyKnowledge | null {
  if (!knowledge) return null;
  const cited = new Set(citedRefs(text));
  return {
    passages: knowledge.passages.map((passage) => ({
      ref: passage.ref,
      sourceId: passage.sourceId,
      title: passage.title,
      url: passage.url,
      excerpt: passage.text.slice(0, 300),
      distance: Math.round(passage.distance * 1000) / 1000,
      cited: cited.has(passage.ref),
    })),
    bestDistance: knowledge.bestDistance,
    unanswered: knowledge.unanswered,
    embeddingTokens: knowledge.embeddingTokens,
  };
}
