import { isRecord } from './readDelta.ts';

export interface CompletionUsage {
  promptTokens: number;
  /** Reasoning tokens included. */
  completionTokens: number;
}

/**
 * The usage a stream chunk reports, if any: `usage` (OpenAI and most others, often on a last chunk with no
 * choices) or `x_groq.usage` (Groq, vercel/ai#1651). Reasoning tokens count: most providers include them in
 * `completion_tokens`; some (Gemini) leave thinking out of it and only the total holds it, so whatever the total
 * has beyond the prompt counts as completion. Counts that are not whole non-negative numbers are ignored, and the
 * reply's usage is estimated instead.
 */
export function readUsage(chunk: unknown): CompletionUsage | null {
  if (!isRecord(chunk)) return null;
  const usage = isRecord(chunk.usage) ? chunk.usage : isRecord(chunk.x_groq) ? chunk.x_groq.usage : null;
  if (!isRecord(usage)) return null;
  const prompt = count(usage.prompt_tokens);
  const completion = count(usage.completion_tokens);
  if (prompt === null || completion === null) return null;
  const total = count(usage.total_tokens);
  return { promptTokens: prompt, completionTokens: Math.max(completion, (total ?? 0) - prompt) };
}

function count(value: unknown): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : null;
}
