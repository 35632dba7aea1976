import { z } from 'zod';
import { documentIdSchema } from './sendMessage.ts';

/** An address a visitor leaves for the team's answer: checked, capped, stored in lower case. */
export const visitorEmailSchema = z
  .email({ error: 'must be an email address like name@example.com' })
  .max(254)
  .transform((email) => email.toLowerCase());

/**
 * The visitor asks for a person ("Talk to a person"). With an email, `consent` must be true: the visitor agreed
 * that the team answers by mail. The conversation must exist (the visitor has written at least once).
 */
export const requestHandoffRequestSchema = z
  .strictObject({
    botId: documentIdSchema,
    conversationId: documentIdSchema,
    email: visitorEmailSchema.optional(),
    consent: z.boolean({ error: 'must be true or false' }).optional(),
  })
  .refine((request) => !request.email || request.consent === true, {
    error: 'needs consent to be answered by mail',
    path: ['consent'],
  });
export type RequestHandoffRequest = z.infer<typeof requestHandoffRequestSchema>;

/** When the team answers: now (within opening hours), or from `opensAt` (an instant, UTC), or unknown (`null`). */
export interface TeamAvailability {
  openNow: boolean;
  opensAt: string | null;
  timezone: string;
}
export interface RequestHandoffResponse extends TeamAvailability {
  status: 'waiting';
  emailSaved: boolean;
}

/** Opens a conversation from the signed link of a follow-up mail, in this browser: it becomes the caller's. */
export const resumeConversationRequestSchema = z.strictObject({
  botId: documentIdSchema,
  conversationId: documentIdSchema,
  token: z.string().regex(/^[A-Za-z0-9_-]{16,128}$/, 'must be the token of the link'),
});
export type ResumeConversationRequest = z.infer<typeof resumeConversationRequestSchema>;
