import type OpenAI from 'openai';
import type { AssembledToolCall } from './createToolCallAssembler.ts';

/**
 * The assistant message that repeats the model's tool calls on the next request, each with the fields its
 * provider added (Gemini refuses a call sent back without its thought signature). Arguments that are not a
 * JSON object (cut short, malformed) go back as `{}`: some servers refuse a history with invalid JSON, and
 * the tool's error already tells the model what was wrong.
 */
export function assistantToolCallMessage(
  text: string,
  calls: AssembledToolCall[],
): OpenAI.Chat.Completions.ChatCompletionAssistantMessageParam {
  return {
    role: 'assistant',
    content: text || null,
    tool_calls: calls.map((call) => ({
      ...call.extra,
      id: call.id,
      type: 'function' as const,
      function: { name: call.name, arguments: isJsonObject(call.arguments) ? call.arguments : '{}' },
    })),
  };
}

function isJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}
