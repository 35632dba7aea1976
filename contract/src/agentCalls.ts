import { z } from 'zod';
import { documentIdSchema, MAX_MESSAGE_LENGTH } from './sendMessage.ts';

/** A tenant member answers a visitor as a human; the conversation is then handled by humans. */
export const postAgentReplyRequestSchema = z.strictObject({
  botId: documentIdSchema,
  conversationId: documentIdSchema,
  text: z
    .string({ error: 'must be a string' })
    .trim()
    .min(1, 'must not be empty')
    .max(MAX_MESSAGE_LENGTH, `must be at most ${MAX_MESSAGE_LENGTH} characters`),
  clientMessageId: documentIdSchema.optional(),
});
export type PostAgentReplyRequest = z.infer<typeof postAgentReplyRequestSchema>;
export interface PostAgentReplyResponse {
  messageId: string;
}

/** `human` pauses the AI, `ai` hands the conversation back, `closed` ends it (`waiting` is the visitor's to set). */
export const setConversationStatusRequestSchema = z.strictObject({
  botId: documentIdSchema,
  conversationId: documentIdSchema,
  status: z.enum(['ai', 'human', 'closed'], { error: 'must be "ai", "human" or "closed"' }),
});
export type SetConversationStatusRequest = z.infer<typeof setConversationStatusRequestSchema>;
export interface SetConversationStatusResponse {
  status: SetConversationStatusRequest['status'];
}
