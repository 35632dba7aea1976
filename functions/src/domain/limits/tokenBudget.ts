/** Token arithmetic for the per-tenant budget: reserve before a model call, settle after (see budgetShares). */

/** A rough, deliberately generous count: about four characters a token, plus a little per message. */
export function estimateTokens(texts: string[]): number {
  return texts.reduce((sum, text) => sum + Math.ceil(text.length / 4) + 4, 0);
}

/** What a reply may cost at most: its prompt plus the most output it may produce. */
export function reservationFor(promptTexts: string[], maxOutputTokens: number): number {
  return estimateTokens(promptTexts) + maxOutputTokens;
}

export interface SettledUsage {
  promptTokens: number;
  completionTokens: number;
  /** True when the provider reported nothing (a stream cut short) and the numbers are estimates. */
  estimated: boolean;
}

/** The tokens a reply really cost: the provider's report, or an estimate from what was produced. */
export function settleUsage(input: {
  reported: { promptTokens: number; completionTokens: number } | null;
  promptTexts: string[];
  producedText: string;
}): SettledUsage {
  if (input.reported) return { ...input.reported, estimated: false };
  return {
    promptTokens: estimateTokens(input.promptTexts),
    completionTokens: input.producedText ? estimateTokens([input.producedText]) : 0,
    estimated: true,
  };
}

/** `2026-11` and `2026-11-22` in UTC: the keys of monthly budgets and daily usage. */
export function monthKey(now: Date): string {
  return now.toISOString().slice(0, 7);
}

export function dayKey(now: Date): string {
  return now.toISOString().slice(0, 10);
}
