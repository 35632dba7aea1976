import { z } from 'zod';
import { validationMessages } from './validationMessages.ts';
import { visitorContextSchema } from './visitorContext.ts';

export const MAX_MESSAGE_LENGTH = 4000;

/** Firestore auto-ids and our own ids: letters, digits, `_` and `-`, so they are safe as path segments. */
export const documentIdSchema = z
  .string({ error: 'must be a string' })
  .regex(/^[A-Za-z0-9_-]{1,128}$/, validationMessages.identifier);

export const sendMessageRequestSchema = z
  .strictObject(
    {
      botId: documentIdSchema,
      /** Omit to start a new conversation; the widget may also choose a fresh id itself. */
      conversationId: documentIdSchema.optional(),
      /** Chosen by the client once per message and reused on retry, so a retried call changes nothing twice. */
      clientMessageId: documentIdSchema.optional(),
      text: z
        .string({ error: 'must be a string' })
        .trim()
        .min(1, 'must not be empty')
        .max(MAX_MESSAGE_LENGTH, `must be at most ${MAX_MESSAGE_LENGTH} characters`),
      /**
       * "Try again" after a failed reply: with the conversation and client message id of the question, the
       * failed reply is answered again in place; the question is not recorded a second time.
       */
      regenerate: z.boolean({ error: 'must be true or false' }).optional(),
      /** Where the visitor is: stored with a new conversation; later messages update the current page only. */
      context: visitorContextSchema.optional(),
    },
    {
      error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field(s): ${issue.keys.join(', ')}` : undefined),
    },
  )
  .refine((request) => !request.regenerate || (request.conversationId && request.clientMessageId), {
    error: 'needs the conversationId and clientMessageId of the question to answer again',
    path: ['regenerate'],
  });
export type SendMessageRequest = z.infer<typeof sendMessageRequestSchema>;

export const sendMessageResponseSchema = z.object({
  conversationId: z.string(),
  visitorMessageId: z.string(),
  /** `null` when a human has taken over the conversation: the AI does not answer then. */
  replyMessageId: z.string().nullable(),
  /** The reply's status when the call returns (`pending`/`streaming` for a retried call still in progress). */
  status: z.enum(['pending', 'streaming', 'done', 'error', 'human']),
});
export type SendMessageResponse = z.infer<typeof sendMessageResponseSchema>;

/**
 * What `sendMessage` streams, before its response, to a caller that accepts `text/event-stream`: the reply's text
 * as it grows, each chunk the change since the one before (keep the first `from` characters, then add `text`), so
 * the text crosses the wire once. The reply document carries the same text and stays what every tab follows; the
 * stream only lets the tab that asked show the first words without waiting for the Firestore listener.
 */
export interface SendMessageChunk {
  from: number;
  text: string;
}
