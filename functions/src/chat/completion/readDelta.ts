/** The visible text and the reasoning one streamed delta carries, whatever the provider's shape. */
export interface DeltaParts {
  content: string;
  reasoning: string;
}

/**
 * Reads one `choices[].delta` of any OpenAI-compatible stream:
 * - `content` as a string (everyone), or as a list of typed parts (Mistral's reasoning models send
 *   `[{type: 'thinking', thinking: [{type: 'text', text}]}, {type: 'text', text}]`);
 * - reasoning in its own field: `reasoning_content` (DeepSeek, vLLM before 0.10, llama.cpp) or `reasoning`
 *   (vLLM since 0.10, Ollama, OpenRouter, Groq);
 * - Gemini marks thought summaries in `content` with `extra_content.google.thought: true`.
 * Anything else is ignored; nothing here throws on a hostile shape.
 */
export function readDelta(delta: unknown): DeltaParts {
  if (!isRecord(delta)) return { content: '', reasoning: '' };
  const parts = contentParts(delta.content);
  const fieldReasoning = [delta.reasoning_content, delta.reasoning].find((value) => typeof value === 'string') ?? '';
  if (isGeminiThought(delta.extra_content)) {
    return { content: '', reasoning: fieldReasoning + parts.content + parts.reasoning };
  }
  return { content: parts.content, reasoning: fieldReasoning + parts.reasoning };
}

function contentParts(content: unknown): DeltaParts {
  if (typeof content === 'string') return { content, reasoning: '' };
  if (!Array.isArray(content)) return { content: '', reasoning: '' };
  let text = '';
  let reasoning = '';
  for (const part of content) {
    if (!isRecord(part)) continue;
    if (part.type === 'text' && typeof part.text === 'string') text += part.text;
    else if (part.type === 'thinking') reasoning += textOf(part.thinking);
  }
  return { content: text, reasoning };
}

/** The text of a thinking part: a string, or a list of `{type: 'text', text}`. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (!Array.isArray(value)) return '';
  return value.map((part) => (isRecord(part) && typeof part.text === 'string' ? part.text : '')).join('');
}

function isGeminiThought(extra: unknown): boolean {
  return isRecord(extra) && isRecord(extra.google) && extra.google.thought === true;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
