/** How much of the latest message a conversation shows in lists. */
export const PREVIEW_LENGTH = 140;

/** The conversation's `preview`: the start of its latest message. */
export function conversationPreview(text: string): string {
  return text.slice(0, PREVIEW_LENGTH);
}
