import { markdownPreview } from '@frontdesk/markdown';

/** How much of the latest message a conversation shows in lists. */
export const PREVIEW_LENGTH = 140;

/** The conversation's `preview`: the start of its latest message as one line of plain text (no Markdown). */
export function conversationPreview(text: string): string {
  return markdownPreview(text, PREVIEW_LENGTH);
}
