import { type Message, paths } from '@frontdesk/contract';
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { logger } from 'firebase-functions';
import type { PromptMessage } from '../domain/buildPrompt.ts';
import { classifyProviderError } from '../domain/classifyProviderError.ts';
import { createThrottledWriter } from '../domain/createThrottledWriter.ts';
import { settleUsage } from '../domain/tokenBudget.ts';
import { db } from '../lib/admin.ts';
import { recordDailyUsage } from '../limits/recordDailyUsage.ts';
import { settleTokens, type TokenReservation } from '../limits/tokenBudget.ts';
import { streamCompletion } from './streamCompletion.ts';

export interface ReplyJob {
  botId: string;
  tenantId: string;
  conversationId: string;
  replyMessageId: string;
  model: string;
  temperature: number | null;
  maxOutputTokens: number;
  prompt: PromptMessage[];
  reservation: TokenReservation;
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
 * kept), then records usage: on the message, in the tenant's budget and in the daily totals.
 */
export async function runReply(job: ReplyJob, provider: ProviderConfig): Promise<'done' | 'error'> {
  const conversationRef = db.doc(paths.conversation(job.botId, job.conversationId));
  const replyRef = conversationRef.collection('messages').doc(job.replyMessageId);
  const startedAt = Date.now();
  let firstTokenAt: number | null = null;

  const writer = createThrottledWriter<Partial<Message>>({
    intervalMs: provider.flushIntervalMs,
    write: async (patch) => {
      await replyRef.update({ ...patch, updatedAt: FieldValue.serverTimestamp() });
    },
    onWriteError: (error) => logger.warn('Intermediate reply write failed; the next write supersedes it.', error),
  });
  const lease = () => Timestamp.fromMillis(Date.now() + provider.leaseMs);

  let text = '';
  let outcome: {
    status: 'done' | 'error';
    errorCode: Message['errorCode'];
    reported: { promptTokens: number; completionTokens: number } | null;
  };
  try {
    const result = await streamCompletion({
      baseURL: provider.baseURL,
      apiKey: provider.apiKey,
      model: job.model,
      messages: job.prompt,
      temperature: job.temperature,
      maxOutputTokens: job.maxOutputTokens,
      connectTimeoutMs: provider.connectTimeoutMs,
      idleTimeoutMs: provider.idleTimeoutMs,
      maxRetryWaitMs: provider.maxRetryWaitMs,
      signal: AbortSignal.timeout(provider.replyTimeoutMs),
      onText: (soFar) => {
        firstTokenAt ??= Date.now();
        text = soFar;
        writer.offer({ text, status: 'streaming', model: job.model, leaseExpiresAt: lease() });
      },
    });
    text = result.text;
    outcome = { status: 'done', errorCode: null, reported: result.usage };
  } catch (error) {
    const errorCode = classifyProviderError(error);
    logger.warn('Reply ended with an error.', {
      errorCode,
      error: String(error),
      botId: job.botId,
      replyId: job.replyMessageId,
    });
    outcome = { status: 'error', errorCode, reported: null };
  }

  const usage = settleUsage({
    reported: outcome.reported,
    promptTexts: job.prompt.map((m) => m.content),
    producedText: text,
  });
  const now = Date.now();
  await writer.finish({
    text,
    status: outcome.status,
    errorCode: outcome.errorCode,
    model: job.model,
    usage,
    timing: {
      timeToFirstTokenMs: firstTokenAt === null ? null : firstTokenAt - startedAt,
      durationMs: now - startedAt,
    },
    leaseExpiresAt: null,
  });
  await Promise.all([
    settleTokens(job.reservation, usage.promptTokens + usage.completionTokens),
    recordDailyUsage(job.tenantId, new Date(now), {
      messages: 1,
      replies: 1,
      promptTokens: usage.promptTokens,
      completionTokens: usage.completionTokens,
    }),
    text ? conversationRef.update({ preview: text.slice(0, 140), lastActivityAt: Timestamp.fromMillis(now) }) : null,
  ]);
  return outcome.status;
}
