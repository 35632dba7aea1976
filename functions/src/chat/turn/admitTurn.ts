import { logger } from 'firebase-functions';
import { defaultModel } from '../../config.ts';
import { modelForReply } from '../../domain/limits/allowedModels.ts';
import type { BudgetLimits } from '../../domain/limits/budgetShares.ts';
import { DAY_MS, MINUTE_MS } from '../../domain/limits/rateLimitWindows.ts';
import { estimateTokens, reservationFor } from '../../domain/limits/tokenBudget.ts';
import { hashClientIp } from '../../lib/hashClientIp.ts';
import { budgetLimitsOf } from '../../limits/budgetLimitsOf.ts';
import { enforceRateLimits, type RateRule } from '../../limits/enforceRateLimits.ts';
import type { BudgetRequest } from '../../limits/findBudgetRoom.ts';
import { platformModels } from '../../limits/platformModels.ts';
import type { LoadedTurn } from './loadTurn.ts';

/** A turn that passed its limits, with what its reply may spend and on which model. */
export interface AdmittedTurn extends LoadedTurn {
  /**
   * The tokens the reply's first model call must hold, reserved in the transaction that writes the turn
   * (startTurn, restartReply); null when a person answers.
   */
  budget: BudgetRequest | null;
  /** The tenant's monthly budget and daily cap, for the reply's later model rounds. */
  budgetLimits: BudgetLimits;
  /** The bot's model while the platform allows it (ALLOWED_MODELS), else the default model. */
  model: string;
}

/**
 * Admits a turn before any model call: the caller (`callerRules`: a widget visitor and their network, or an API
 * key) and the bot must be within their rate limits, counted here in one transaction. The tenant's budget is
 * checked and reserved later, in the transaction that writes the turn (one round trip fewer before the model is
 * asked), so parallel first messages still never reserve past it. Not in this one: with the rate-limit counters
 * and the budget shards in one transaction, 200 simultaneous first messages to one tenant waited on each
 * other's locks until some timed out (npm run bench:chat). Rate limits come first, so a flood a limit refuses
 * never touches the budget's counters.
 */
export async function admitTurn(turn: LoadedTurn, callerRules: RateRule[]): Promise<AdmittedTurn> {
  const { bot, settings, tenant } = turn.context;
  const budgetLimits = budgetLimitsOf(tenant);
  const model = modelForReply(settings.model, defaultModel.value(), platformModels());
  if (turn.aiAnswers && settings.model !== null && model !== settings.model) {
    logger.warn('The bot names a model the platform does not allow; the default model answers.', {
      botId: turn.botId,
      model: settings.model,
    });
  }
  const promptTexts = turn.prompt.map((m) => m.content);
  await enforceRateLimits([...callerRules, botRateRule(turn)], turn.now.getTime());
  const budget = turn.aiAnswers
    ? {
        tenantId: bot.tenantId,
        tokens: reservationFor(promptTexts, settings.maxOutputTokens),
        promptTokens: estimateTokens(promptTexts),
        limits: budgetLimits,
        now: turn.now,
      }
    : null;
  return { ...turn, budget, budgetLimits, model };
}

/**
 * A widget visitor's and their network's limits of this turn. `network` is the caller's address as
 * `clientAddress` reads it, never the client's own claim.
 */
export async function visitorRateRules(turn: LoadedTurn, network: string): Promise<RateRule[]> {
  const { settings } = turn.context;
  const ip = await hashClientIp(network);
  const { limits } = settings;
  const visitorKey = `visitor:${turn.botId}:${turn.visitorUid}`;
  const ipKey = `ip:${turn.botId}:${ip}`;
  return [
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
  ];
}

/** The bot's limit, which every turn counts against, whoever sends it. */
function botRateRule(turn: LoadedTurn): RateRule {
  return {
    key: `bot:${turn.botId}`,
    limit: turn.context.settings.limits.botPerMinute,
    windowMs: MINUTE_MS,
    // Every visitor's message touches this rule: with 10 shards, 200 simultaneous conversations of one
    // bot waited on each other's counter locks until transactions timed out (npm run bench:chat).
    shards: 40,
    refusal: 'This assistant is very busy right now. Please try again in a minute.',
  };
}
