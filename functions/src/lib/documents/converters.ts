import {
  apiKeySchema,
  apiKeySecretSchema,
  bookingSchema,
  botSchema,
  budgetMonthSchema,
  calendarFeedSchema,
  conversationSchema,
  eventSchema,
  inviteSchema,
  ipSaltSchema,
  knowledgeSourceSchema,
  mailSchema,
  messageMetaSchema,
  messageSchema,
  notificationClaimSchema,
  notificationPrefsSchema,
  rateLimitCounterSchema,
  slotUnitSchema,
  tenantSchema,
  unansweredQuestionSchema,
  webhookDeliverySchema,
  webhookEndpointSchema,
} from '@frontdesk/contract';
import type { z } from 'zod';
import { resolveAvailability } from '../../domain/booking/resolveAvailability.ts';
import { resolveBotSettings } from '../../domain/bots/resolveBotSettings.ts';
import { resolvingConverter } from './resolvingConverter.ts';
import { schemaConverter } from './schemaConverter.ts';
import { timestampSchema } from './timestampSchema.ts';

/*
 * The contract's document schemas, with the times the functions compute with narrowed to the admin SDK's
 * Timestamp. A time that older code tolerated missing (a conversation's last activity, a message's creation:
 * retention falls back to the document's create time) stays optional.
 */

const bookingDocumentSchema = bookingSchema.extend({
  start: timestampSchema,
  end: timestampSchema,
  claimEnd: timestampSchema,
  cancelTokenExpiresAt: timestampSchema,
  requestExpiresAt: timestampSchema.nullable().optional(),
  reminderAt: timestampSchema.nullable().optional(),
});
export type BookingDocument = z.output<typeof bookingDocumentSchema>;

const conversationDocumentSchema = conversationSchema.extend({ lastActivityAt: timestampSchema.optional() });
export type ConversationDocument = z.output<typeof conversationDocumentSchema>;

const messageDocumentSchema = messageSchema.extend({
  leaseExpiresAt: timestampSchema.nullable(),
  createdAt: timestampSchema.optional(),
});
export type MessageDocument = z.output<typeof messageDocumentSchema>;

/**
 * What the sweeper reads of a reply it may end: only the fields it acts on, so a reply whose other fields are
 * damaged still ends instead of holding its budget reservation (which is in the reply's meta).
 */
const replyLeaseSchema = messageDocumentSchema.pick({
  status: true,
  text: true,
  tenantId: true,
  leaseExpiresAt: true,
});
export type ReplyLease = z.output<typeof replyLeaseSchema>;

export type MessageMetaDocument = z.output<typeof messageMetaSchema>;

const { delivery } = mailSchema.shape;
const mailDocumentSchema = mailSchema.extend({
  delivery: delivery.extend({
    leaseExpireTime: timestampSchema.nullable(),
    nextAttemptAt: timestampSchema.nullable(),
  }),
});
export type MailDocument = z.output<typeof mailDocumentSchema>;

const webhookDeliveryDocumentSchema = webhookDeliverySchema.extend({
  leaseExpireTime: timestampSchema.nullable(),
  nextAttemptAt: timestampSchema.nullable(),
});
export type WebhookDeliveryDocument = z.output<typeof webhookDeliveryDocumentSchema>;
const notificationClaimDocumentSchema = notificationClaimSchema.extend({ until: timestampSchema });
const apiKeyDocumentSchema = apiKeySchema.extend({ lastUsedAt: timestampSchema.nullable() });
export type ApiKeyDocument = z.output<typeof apiKeyDocumentSchema>;

/** One converter per document kind the functions read; `refs` applies them, `db`-taking code uses them directly. */
export const converters = {
  tenant: schemaConverter(tenantSchema),
  invite: schemaConverter(inviteSchema),
  bot: schemaConverter(botSchema),
  /** Defaults for every missing or invalid setting, as the bot runs with them. */
  botSettings: resolvingConverter(resolveBotSettings),
  /** Defaults for every missing or invalid field, as bookings are offered with them. */
  availability: resolvingConverter(resolveAvailability),
  conversation: schemaConverter(conversationDocumentSchema),
  message: schemaConverter(messageDocumentSchema),
  replyLease: schemaConverter(replyLeaseSchema),
  messageMeta: schemaConverter(messageMetaSchema),
  booking: schemaConverter(bookingDocumentSchema),
  slotUnit: schemaConverter(slotUnitSchema),
  calendarFeed: schemaConverter(calendarFeedSchema),
  mail: schemaConverter(mailDocumentSchema),
  budgetMonth: schemaConverter(budgetMonthSchema),
  rateLimitCounter: schemaConverter(rateLimitCounterSchema),
  ipSalt: schemaConverter(ipSaltSchema),
  event: schemaConverter(eventSchema),
  webhookEndpoint: schemaConverter(webhookEndpointSchema),
  webhookDelivery: schemaConverter(webhookDeliveryDocumentSchema),
  notificationPrefs: schemaConverter(notificationPrefsSchema),
  notificationClaim: schemaConverter(notificationClaimDocumentSchema),
  knowledgeSource: schemaConverter(knowledgeSourceSchema),
  unansweredQuestion: schemaConverter(unansweredQuestionSchema),
  apiKey: schemaConverter(apiKeyDocumentSchema),
  apiKeySecret: schemaConverter(apiKeySecretSchema),
};
