import { randomUUID } from 'node:crypto';
import { type Message, paths, type SendMessageResponse, sendMessageRequestSchema } from '@frontdesk/contract';
import { onCall } from 'firebase-functions/v2/https';
import {
  connectTimeoutSeconds,
  defaultModel,
  defaultMonthlyTokenBudget,
  flushIntervalMs,
  openAiApiKey,
  openAiBaseUrl,
  rateLimitRetryMaxSeconds,
  replyTimeoutSeconds,
  streamIdleTimeoutSeconds,
} from '../config.ts';
import { buildPrompt, DEFAULT_HISTORY_BUDGET } from '../domain/buildPrompt.ts';
import { DAY_MS, MINUTE_MS } from '../domain/rateLimitWindows.ts';
import { estimateTokens, reservationFor } from '../domain/tokenBudget.ts';
import { db } from '../lib/admin.ts';
import { assertOriginAllowed } from '../lib/assertOriginAllowed.ts';
import { hashClientIp } from '../lib/hashClientIp.ts';
import { parseRequest } from '../lib/parseRequest.ts';
import { refuse } from '../lib/refuse.ts';
import { requireUid } from '../lib/requireUid.ts';
import { enforceRateLimits } from '../limits/enforceRateLimits.ts';
import { recordDailyUsage } from '../limits/recordDailyUsage.ts';
import { assertBudgetRoom, releaseTokens, reserveTokens, type TokenReservation } from '../limits/tokenBudget.ts';
import { createBookingToolRunner } from './bookingTools.ts';
import { loadBotContext } from './loadBotContext.ts';
import { restartReply } from './restartReply.ts';
import { type ProviderConfig, runReply } from './runReply.ts';
import { startTurn, turnMessageIds } from './startTurn.ts';

/**
 * A visitor's message: checked (input, bot, origin, conversation, budget, rate limits — before any model
 * call), recorded, then answered by the model with the reply streamed into Firestore. The call returns when
 * the reply has ended; the widget shows it earlier through its listener.
 */
export const sendMessage = onCall(
  { secrets: [openAiApiKey], timeoutSeconds: 300, maxInstances: 50, memory: '256MiB' },
  async (request): Promise<SendMessageResponse> => {
    const visitorUid = requireUid(request.auth);
    const input = parseRequest(sendMessageRequestSchema, request.data);
    const context = await loadBotContext(input.botId);
    const { settings, bot } = context;

    assertOriginAllowed(request.rawRequest.headers.origin, settings.allowedOrigins);
    if (input.text.length > settings.maxMessageLength) {
      throw refuse(
        'invalid-argument',
        'invalid_input',
        `text: must be at most ${settings.maxMessageLength} characters`,
      );
    }

    const conversationId = input.conversationId ?? db.collection(paths.conversations(input.botId)).doc().id;
    const clientMessageId = input.clientMessageId ?? randomUUID();
    const conversationRef = db.doc(paths.conversation(input.botId, conversationId));
    const [conversation, earlier] = await Promise.all([
      conversationRef.get(),
      conversationRef.collection('messages').doc(turnMessageIds(clientMessageId).visitor).get(),
    ]);
    if (conversation.exists && conversation.get('visitorUid') !== visitorUid) {
      throw refuse(
        'permission-denied',
        'conversation_forbidden',
        'This conversation belongs to someone else; start a new one.',
      );
    }
    // A repeated call changes nothing; "Try again" answers the stored question again, unless humans answer.
    const aiAnswers = conversation.get('status') !== 'human';
    const regenerating = earlier.exists && input.regenerate === true && aiAnswers;
    if (earlier.exists && !regenerating) return replayedTurn(input.botId, conversationId, clientMessageId);
    const question = regenerating ? (earlier.get('text') as string) : input.text;

    const now = new Date();
    // What came before the question: a regenerated answer must not see itself or anything written later.
    const olderFirst = conversationRef.collection('messages').orderBy('createdAt', 'desc');
    const history = await (regenerating ? olderFirst.startAfter(earlier) : olderFirst)
      .limit(DEFAULT_HISTORY_BUDGET.maxMessages)
      .get();
    const prompt = buildPrompt({
      systemPrompt: settings.systemPrompt,
      bot: {
        name: bot.appearance.title,
        timezone: bot.timezone ?? 'UTC',
        appointmentsEnabled: bot.appointmentsEnabled ?? false,
      },
      now,
      history: [
        ...history.docs
          .map((doc) => doc.data() as Message)
          .filter((message) => message.status === 'done' || (message.status === 'error' && message.text))
          .reverse(),
        { role: 'visitor', text: question },
      ],
    });
    const reserve = aiAnswers
      ? reservationFor(
          prompt.map((m) => m.content),
          settings.maxOutputTokens,
        )
      : 0;
    if (aiAnswers) {
      const budget = context.tenant.monthlyTokenBudget ?? defaultMonthlyTokenBudget.value();
      await assertBudgetRoom({ tenantId: bot.tenantId, budget, tokens: reserve, now });
    }

    const ip = await hashClientIp(request.rawRequest.ip);
    const { limits } = settings;
    await enforceRateLimits(
      [
        {
          key: `visitor:${input.botId}:${visitorUid}`,
          limit: limits.visitorPerMinute,
          windowMs: MINUTE_MS,
          shards: 1,
          refusal: 'You are sending messages very quickly. Please wait a moment.',
        },
        {
          key: `visitor:${input.botId}:${visitorUid}`,
          limit: limits.visitorPerDay,
          windowMs: DAY_MS,
          shards: 1,
          refusal: 'You have sent the most messages allowed today. Please come back tomorrow.',
        },
        {
          key: `ip:${input.botId}:${ip}`,
          limit: limits.ipPerMinute,
          windowMs: MINUTE_MS,
          shards: 1,
          refusal: 'Too many messages from your network. Please wait a moment.',
        },
        {
          key: `ip:${input.botId}:${ip}`,
          limit: limits.ipPerDay,
          windowMs: DAY_MS,
          shards: 1,
          refusal: 'Too many messages from your network today. Please come back tomorrow.',
        },
        {
          key: `bot:${input.botId}`,
          limit: limits.botPerMinute,
          windowMs: MINUTE_MS,
          // Every visitor's message touches this rule: with 10 shards, 200 simultaneous conversations of one
          // bot waited on each other's counter locks until transactions timed out (npm run bench:chat).
          shards: 40,
          refusal: 'This assistant is very busy right now. Please try again in a minute.',
        },
      ],
      now.getTime(),
    );

    const provider = providerConfig();
    /** Streams the model's answer into the reply message; resolves with how it ended. */
    const answer = (replyMessageId: string) =>
      runReply(
        {
          botId: input.botId,
          tenantId: bot.tenantId,
          conversationId,
          replyMessageId,
          model: settings.model ?? defaultModel.value(),
          temperature: settings.temperature,
          maxOutputTokens: settings.maxOutputTokens,
          prompt,
          retentionDays: context.tenant.retentionDays ?? null,
          runTool: bot.appointmentsEnabled
            ? createBookingToolRunner({ botId: input.botId, visitorUid, conversationId })
            : undefined,
        },
        provider,
      );
    // Reserved before the reply exists, so the reply carries its reservation from its first version on.
    const reservation = aiAnswers
      ? await reserveTokens({
          tenantId: bot.tenantId,
          tokens: reserve,
          promptTokens: estimateTokens(prompt.map((m) => m.content)),
          now,
        })
      : null;
    const unused = async () => {
      if (reservation) await releaseTokens(reservation);
    };
    /** A refusal before the reply took the reservation (e.g. `conversation_forbidden`) gives it back. */
    const releasingOnError = <T>(work: Promise<T>) =>
      work.catch(async (error: unknown) => {
        await unused();
        throw error;
      });
    if (regenerating) {
      const replyMessageId = await releasingOnError(
        restartReply({
          botId: input.botId,
          conversationId,
          clientMessageId,
          leaseMs: provider.leaseMs,
          reservation: reservation as TokenReservation,
        }),
      );
      if (!replyMessageId) {
        await unused();
        return replayedTurn(input.botId, conversationId, clientMessageId);
      }
      const status = await answer(replyMessageId);
      return { conversationId, visitorMessageId: earlier.id, replyMessageId, status };
    }
    const turn = await releasingOnError(
      startTurn({
        botId: input.botId,
        tenantId: bot.tenantId,
        visitorUid,
        conversationId,
        clientMessageId,
        text: input.text,
        leaseMs: provider.leaseMs,
        retentionDays: context.tenant.retentionDays ?? null,
        reservation,
      }),
    );
    if (turn.replayed || !turn.replyMessageId) await unused();
    if (turn.replayed) return replayedTurn(input.botId, conversationId, clientMessageId);
    await recordDailyUsage(bot.tenantId, now, { messages: 1, conversations: turn.createdConversation ? 1 : 0 });
    if (!turn.replyMessageId) {
      return { conversationId, visitorMessageId: turn.visitorMessageId, replyMessageId: null, status: 'human' };
    }

    const status = await answer(turn.replyMessageId);
    return { conversationId, visitorMessageId: turn.visitorMessageId, replyMessageId: turn.replyMessageId, status };
  },
);

function providerConfig(): ProviderConfig {
  const connectTimeoutMs = connectTimeoutSeconds.value() * 1000;
  const idleTimeoutMs = streamIdleTimeoutSeconds.value() * 1000;
  const maxRetryWaitMs = rateLimitRetryMaxSeconds.value() * 1000;
  return {
    baseURL: openAiBaseUrl.value(),
    apiKey: openAiApiKey.value(),
    flushIntervalMs: flushIntervalMs.value(),
    connectTimeoutMs,
    idleTimeoutMs,
    maxRetryWaitMs,
    replyTimeoutMs: replyTimeoutSeconds.value() * 1000,
    // Every write renews the lease; the longest legitimate gap is waiting for the first token.
    leaseMs: connectTimeoutMs + maxRetryWaitMs + Math.max(connectTimeoutMs, idleTimeoutMs) + 30_000,
  };
}

/** The answer to a retried call: the ids and the reply's current status, without doing anything again. */
async function replayedTurn(
  botId: string,
  conversationId: string,
  clientMessageId: string,
): Promise<SendMessageResponse> {
  const ids = turnMessageIds(clientMessageId);
  const reply = await db.doc(`${paths.messages(botId, conversationId)}/${ids.reply}`).get();
  return {
    conversationId,
    visitorMessageId: ids.visitor,
    replyMessageId: reply.exists ? ids.reply : null,
    status: reply.exists ? (reply.get('status') as Message['status']) : 'human',
  };
}
