import type OpenAI from 'openai';
import { z } from 'zod';
import type { ChatTool } from './ChatTool.ts';

/**
 * A tool in Chat Completions form, its parameters generated from its zod arguments. Zod's value checks
 * (formats with their regexes, the safe-integer range of every int) are left out: they run on what the model
 * sends and a failure goes back to it as an error it can correct, while in the schema they would only add
 * tokens to every request. The descriptions say the expected form in words.
 */
export function toolDefinition(tool: ChatTool): OpenAI.Chat.Completions.ChatCompletionTool {
  const { $schema: _dialect, ...parameters } = z.toJSONSchema(tool.arguments, {
    override: (context) => {
      const schema = context.jsonSchema;
      delete schema.format;
      delete schema.pattern;
      if (schema.minimum === Number.MIN_SAFE_INTEGER) delete schema.minimum;
      if (schema.maximum === Number.MAX_SAFE_INTEGER) delete schema.maximum;
    },
  });
  return { type: 'function', function: { name: tool.name, description: tool.description, parameters } };
}
