import { isRecord } from './readDelta.ts';

export interface CompletionUsage {
  promptTokens: number;
  /** Reasoning tokens included. */
  completionTokens: number;
}

/**
 * The usage a stream chunk reports, if any: `usage` (OpenAI and most others, often on a last chunk with no
 * choices) or `x_groq.usage` (Groq, vercel/ai#1651). Reasoning tokens count: most providers include them in
 * `completion_tokens`; where they are left out (the total then holds them on top), they are added. Counts that
 * are not whole non-negative numbers are ignored, and the reply's usage is estimated instead.
 */
export function readUsage(chunk: unknown): CompletionUsage | null {
  if (!isRecord(chunk)) return null;
  const usage = isRecord(chunk.usage) ? chunk.usage : isRecord(chunk.x_groq) ? chunk.x_groq.usage : null;
  if (!isRecord(usage)) return null;
  const prompt = count(usage.prompt_tokens);
  const completion = count(usage.completion_tokens);
  if (prompt === null || completion === null) return null;
  const details = isRecord(usage.completion_tokens_details) ? usage.completion_tokens_details : {};
  const reasoning = count(details.reasoning_tokens) ?? 0;
  const total = count(usage.total_tokens);
  const reasoningLeftOut = reasoning > 0 && total !== null && total >= prompt + completion + reasoning;
  return { promptTokens: prompt, completionTokens: completion + (reasoningLeftOut ? reasoning : 0) };
}

function count(value: unknown): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : null;
}
