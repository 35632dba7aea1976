import { formatZodError } from '@frontdesk/contract';
import { HttpsError } from 'firebase-functions/v2/https';
import type { ChatTool, ToolContext, ToolOutcome } from './ChatTool.ts';

/** The longest arguments a tool call may send; the booking tools need a few hundred characters. */
export const MAX_TOOL_ARGUMENT_CHARS = 16_000;

/**
 * Runs one tool call of the model: finds the tool by name, parses the arguments with its zod schema, runs it.
 * Problems (an unknown tool, arguments that are not JSON, too long or do not fit, a refusal of the domain code)
 * go back to the model as results it can explain to the visitor; they never end the reply.
 */
export async function runToolCall(
  tools: readonly ChatTool[],
  call: { name: string; argumentsJson: string },
  context: ToolContext,
): Promise<ToolOutcome> {
  const tool = tools.find((candidate) => candidate.name === call.name);
  if (!tool) return { result: { error: `Unknown tool ${call.name.slice(0, 64)}.` } };
  if (call.argumentsJson.length > MAX_TOOL_ARGUMENT_CHARS) {
    return { result: { error: `The arguments are longer than ${MAX_TOOL_ARGUMENT_CHARS} characters.` } };
  }
  try {
    const parsed = tool.arguments.safeParse(withoutNulls(JSON.parse(call.argumentsJson || '{}')));
    if (!parsed.success) return { result: { error: formatZodError(parsed.error) } };
    return await tool.run(parsed.data, context);
  } catch (error) {
    const message = error instanceof HttpsError || error instanceof SyntaxError ? error.message : 'The tool failed.';
    const reason = error instanceof HttpsError ? (error.details as { reason?: string } | undefined)?.reason : undefined;
    return { result: { error: message, reason } };
  }
}

/** Some models send null for an optional argument they leave out: it counts as absent. */
function withoutNulls(args: unknown): unknown {
  if (typeof args !== 'object' || args === null || Array.isArray(args)) return args;
  return Object.fromEntries(Object.entries(args).filter(([, value]) => value !== null));
}
