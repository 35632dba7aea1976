import { defaultMonthlyTokenBudget } from '../../config.ts';
import { DAY_MS, MINUTE_MS } from '../../domain/limits/rateLimitWindows.ts';
import { reservationFor } from '../../domain/limits/tokenBudget.ts';
import { hashClientIp } from '../../lib/hashClientIp.ts';
import { enforceRateLimits } from '../../limits/enforceRateLimits.ts';
import { assertBudgetRoom } from '../../limits/tokenBudget.ts';
import type { LoadedTurn } from './loadTurn.ts';

/** A turn that passed its limits, with the tokens its reply will reserve (0 when a person answers). */
export interface AdmittedTurn extends LoadedTurn {
  reserveTokens: number;
}

/**
 * Admits a turn before any model call: the tenant's monthly budget must have room for the reply, and the
 * visitor, their network and the bot must be within their rate limits (each counted here). `network` is the
 * caller's address as `clientAddress` reads it, never the client's own claim.
 */
export async function admitTurn(turn: LoadedTurn, network: string): Promise<AdmittedTurn> {
  const { bot, settings, tenant } = turn.context;
  const reserveTokens = turn.aiAnswers
    ? reservationFor(
        turn.prompt.map((m) => m.content),
        settings.maxOutputTokens,
      )
    : 0;
  if (turn.aiAnswers) {
    const budget = tenant.monthlyTokenBudget ?? defaultMonthlyTokenBudget.value();
    await assertBudgetRoom({ tenantId: bot.tenantId, budget, tokens: reserveTokens, now: turn.now });
  }

  const ip = await hashClientIp(network);
  const { limits } = settings;
  const visitorKey = `visitor:${turn.botId}:${turn.visitorUid}`;
  const ipKey = `ip:${turn.botId}:${ip}`;
  await enforceRateLimits(
    [
      {
        key: visitorKey,
        limit: limits.visitorPerMinute,
        windowMs: MINUTE_MS,
        shards: 1,
        refusal: 'You are sending messages very quickly. Please wait a moment.',
      },
      {
        key: visitorKey,
        limit: limits.visitorPerDay,
        windowMs: DAY_MS,
        shards: 1,
        refusal: 'You have sent the most messages allowed today. Please come back tomorrow.',
      },
      {
        key: ipKey,
        limit: limits.ipPerMinute,
        windowMs: MINUTE_MS,
        shards: 1,
        refusal: 'Too many messages from your network. Please wait a moment.',
      },
      {
        key: ipKey,
        limit: limits.ipPerDay,
        windowMs: DAY_MS,
        shards: 1,
        refusal: 'Too many messages from your network today. Please come back tomorrow.',
      },
      {
        key: `bot:${turn.botId}`,
        limit: limits.botPerMinute,
        windowMs: MINUTE_MS,
        // Every visitor's message touches this rule: with 10 shards, 200 simultaneous conversations of one
        // bot waited on each other's counter locks until transactions timed out (npm run bench:chat).
        shards: 40,
        refusal: 'This assistant is very busy right now. Please try again in a minute.',
      },
    ],
    turn.now.getTime(),
  );
  return { ...turn, reserveTokens };
}
