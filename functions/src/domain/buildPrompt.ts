import type { MessageRole } from '@frontdesk/contract';

export interface PromptMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface HistoryEntry {
  role: MessageRole;
  text: string;
}

export const DEFAULT_SYSTEM_PROMPT =
  'You are the friendly front desk of a business website. Answer briefly and helpfully.';

/** The Chat Completions messages for one reply: the bot's instructions, then the conversation so far. */
export function buildPrompt(input: { systemPrompt: string; history: HistoryEntry[] }): PromptMessage[] {
  const system = input.systemPrompt.trim() || DEFAULT_SYSTEM_PROMPT;
  return [
    { role: 'system', content: system },
    ...input.history
      .filter((entry) => entry.text.trim() !== '')
      .map((entry): PromptMessage => ({ role: entry.role === 'visitor' ? 'user' : 'assistant', content: entry.text })),
  ];
}
