import type { ModelRequestField } from '@frontdesk/contract';

/** How providers word a refusal of each field (messages and pydantic `loc` paths, lower-cased). */
const REFUSALS: Record<ModelRequestField, RegExp> = {
  // Azure before 2024-09: "Unrecognized request argument supplied: stream_options"; Mistral: 422 extra_forbidden
  // at ["body","stream_options","include_usage"].
  stream_options: /stream_options/,
  // Mistral: 422 extra_forbidden at ["body","max_completion_tokens"] (editor-code-assistant/eca#231).
  max_completion_tokens: /max_completion_tokens/,
  // Ollama: "<model> does not support tools"; vLLM: '"auto" tool choice requires --enable-auto-tool-choice';
  // llama.cpp: "tools param requires --jinja flag", older: "Cannot use tools with stream" (a 500); pydantic
  // servers: extra_forbidden at ["body","tools"].
  tools:
    /does not support tools|tools? (?:is |are )?not supported|tool.choice requires|tools param requires|cannot use tools|\["body",\s*"tools"|unrecognized request argument supplied: tools/,
};

/**
 * The request fields a provider's error refuses, among those the request sent: a 400 or 422 (or a 500 of a
 * server that words its refusal so) whose message or body names them. Groq's `tool_use_failed` is the model
 * failing to write a call, not a refusal of tools, so it refuses nothing.
 */
export function refusedRequestFields(error: unknown, sent: readonly ModelRequestField[]): ModelRequestField[] {
  const {
    status,
    code,
    message,
    error: body,
  } = (error ?? {}) as {
    status?: unknown;
    code?: unknown;
    message?: unknown;
    error?: unknown;
  };
  if (status !== 400 && status !== 422 && status !== 500) return [];
  if (code === 'tool_use_failed') return [];
  const wording = `${typeof message === 'string' ? message : ''} ${safeJson(body)}`.toLowerCase();
  return sent.filter((field) => REFUSALS[field].test(wording));
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '';
  }
}
