import { z } from 'zod';
import { documentIdSchema } from './sendMessage.ts';
import { notificationChoicesSchema, webhookEventTypeSchema } from './webhooks.ts';

/** The caller's own notification choices for one bot. */
export const setNotificationPrefsRequestSchema = z.strictObject({
  botId: documentIdSchema,
  choices: notificationChoicesSchema,
});
export type SetNotificationPrefsRequest = z.infer<typeof setNotificationPrefsRequestSchema>;

/**
 * Owners and admins: a webhook endpoint, new (no `endpointId`) or changed. The URL is checked again on the server
 * against public addresses after DNS resolution; only `https` outside the emulator.
 */
export const saveWebhookRequestSchema = z.strictObject({
  tenantId: documentIdSchema,
  endpointId: documentIdSchema.optional(),
  url: z.url({ protocol: /^https?$/, error: 'must be an https URL' }).max(500),
  events: z.array(webhookEventTypeSchema).min(1, 'choose at least one event').max(10),
  active: z.boolean(),
  description: z.string().trim().max(200).optional(),
});
export type SaveWebhookRequest = z.infer<typeof saveWebhookRequestSchema>;
export interface SaveWebhookResponse {
  endpointId: string;
}

export const webhookRefSchema = z.strictObject({ tenantId: documentIdSchema, endpointId: documentIdSchema });
export type WebhookRef = z.infer<typeof webhookRefSchema>;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-01-31');

/**
 * Owners and admins: every conversation of a bot that started within `from`…`to` (UTC days, inclusive), with its
 * messages, as JSON Lines (one conversation per line) or CSV (one message per row, formula-safe).
 */
export const exportConversationsRequestSchema = z
  .strictObject({
    botId: documentIdSchema,
    from: isoDay,
    to: isoDay,
    format: z.enum(['jsonl', 'csv']),
  })
  .refine((range) => range.from <= range.to, { error: 'must not be after "to"', path: ['from'] });
export type ExportConversationsRequest = z.infer<typeof exportConversationsRequestSchema>;
export interface ExportConversationsResponse {
  filename: string;
  content: string;
  conversations: number;
  /** More conversations started in the range than one export holds (EXPORT_MAX_CONVERSATIONS): narrow it. */
  truncated: boolean;
}
