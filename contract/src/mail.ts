import { z } from 'zod';

/** Timestamps are typed loosely, as in documents.ts: admin and web SDKs have different classes. */
const timestamp = z.unknown();

/** A mail as the outbox sends it, in the layout of Firebase's Trigger Email extension. */
export const outgoingMailSchema = z.object({
  to: z.array(z.string()),
  message: z.object({
    subject: z.string(),
    text: z.string(),
    html: z.string(),
    attachments: z.array(z.object({ filename: z.string(), content: z.string(), contentType: z.string() })),
    /** Extra headers, e.g. List-Unsubscribe on notifications; values are built by the functions, never by users. */
    headers: z.record(z.string(), z.string()).optional(),
  }),
});
export type OutgoingMail = z.infer<typeof outgoingMailSchema>;

/** Where an outbox mail is in its delivery: PENDING → PROCESSING → SENT, or RETRY / ERROR. */
export const mailDeliveryStateSchema = z.enum(['PENDING', 'PROCESSING', 'RETRY', 'SENT', 'ERROR']);

/**
 * `mail/{mailId}`: an outbox mail, written in the transaction of the change that caused it and sent by a
 * trigger that claims it with a lease. Server only.
 */
export const mailSchema = outgoingMailSchema.extend({
  /** What the mail is about: always its tenant, and the booking or `kind: 'invite'` that caused it. */
  tenantId: z.string(),
  botId: z.string().optional(),
  bookingId: z.string().optional(),
  /** The conversation the booking was made from: deleting the conversation deletes its mails. */
  conversationId: z.string().optional(),
  kind: z.enum(['invite', 'budget', 'notification', 'followUp']).optional(),
  /** For notifications: the member mailed. */
  uid: z.string().optional(),
  createdAt: timestamp,
  delivery: z.object({
    state: mailDeliveryStateSchema,
    attempts: z.int().min(0),
    /** While PROCESSING: when the sender counts as dead and another may take over. */
    leaseExpireTime: timestamp.nullable(),
    /** While RETRY: the earliest next attempt. */
    nextAttemptAt: timestamp.nullable(),
    error: z.string().nullable(),
    info: z.object({ messageId: z.string() }).nullable(),
    /** Set by the first claim and by the successful send. */
    startTime: timestamp.optional(),
    endTime: timestamp.optional(),
  }),
  /**
   * Firestore TTL field, set when delivery ends (SENT, or ERROR after the last attempt): MAIL_RETENTION_DAYS
   * later. From then on `message` is empty, so the outbox keeps no text, cancel link or visitor details.
   */
  expireAt: timestamp.optional(),
});
export type Mail = z.infer<typeof mailSchema>;
