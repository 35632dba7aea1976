import { z } from 'zod';
import { availabilitySchema } from './availability.ts';
import { botSettingsSchema, originPatternSchema } from './botSettings.ts';
import { appearanceSchema, localeSchema, memberRoleSchema } from './documents.ts';
import { oneLineString } from './oneLineText.ts';
import { documentIdSchema } from './sendMessage.ts';
import { validationMessages } from './validationMessages.ts';

/**
 * Callables of the tenant console. Each one checks the caller's role (see `rolePermissions`); the console
 * only reads Firestore directly, through listeners, and changes everything through these.
 */

/** Tenant and bot names: they reach mail subjects and one-line places, so one line of text. */
const nameSchema = oneLineString().min(1, 'must not be empty').max(80, 'must be at most 80 characters');

const timezoneSchema = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, validationMessages.timezone);

/** What each role may do; enforced by the callables and, for reads, by firestore.rules. */
export const rolePermissions = {
  /** Read conversations, take over, reply, hand back; read and cancel bookings; read usage. */
  agent: ['conversations', 'bookings'],
  /** Everything an agent does, plus bots, settings, availability, data export and deletion. */
  admin: ['conversations', 'bookings', 'bots', 'data'],
  /** Everything, plus the team, the retention period and the tenant itself. */
  owner: ['conversations', 'bookings', 'bots', 'data', 'team'],
} as const satisfies Record<z.infer<typeof memberRoleSchema>, readonly string[]>;
export type Permission = (typeof rolePermissions)['owner'][number];

/** The signed-in user's tenants and rights; also accepts pending invitations to their email. */
export interface WhoAmIResponse {
  uid: string;
  email: string | null;
  platformAdmin: boolean;
  /** `open`: anyone signed in may create a tenant; `invite`: only platform administrators. */
  signupMode: 'open' | 'invite';
  memberships: { tenantId: string; tenantName: string; role: z.infer<typeof memberRoleSchema> }[];
}

/** A new tenant with the caller as its owner, and its first bot. */
export const createTenantRequestSchema = z.strictObject({
  tenantName: nameSchema,
  botName: nameSchema,
  timezone: timezoneSchema,
  locale: localeSchema,
  /** The business's website (its origin): the first bot's allowed origin. Left out: the bot works on any site. */
  website: originPatternSchema.optional(),
});
export type CreateTenantRequest = z.infer<typeof createTenantRequestSchema>;
export interface CreateTenantResponse {
  tenantId: string;
  botId: string;
}

export const createBotRequestSchema = z.strictObject({
  tenantId: documentIdSchema,
  name: nameSchema,
  timezone: timezoneSchema,
  locale: localeSchema,
});
export type CreateBotRequest = z.infer<typeof createBotRequestSchema>;
export interface CreateBotResponse {
  botId: string;
}

/** Changes the public bot document; fields left out stay as they are. `appearance` is replaced whole. */
export const updateBotRequestSchema = z.strictObject({
  botId: documentIdSchema,
  name: nameSchema.optional(),
  active: z.boolean().optional(),
  timezone: timezoneSchema.optional(),
  appointmentsEnabled: z.boolean().optional(),
  appearance: appearanceSchema.optional(),
});
export type UpdateBotRequest = z.infer<typeof updateBotRequestSchema>;

/** Replaces the bot's private settings (system prompt, model, limits, origins, notification emails). */
export const updateBotSettingsRequestSchema = z.strictObject({
  botId: documentIdSchema,
  settings: botSettingsSchema,
});
export type UpdateBotSettingsRequest = z.infer<typeof updateBotSettingsRequestSchema>;

/** Replaces the bot's availability (opening hours, one-off and repeating slots, closed dates, lengths). */
export const saveAvailabilityRequestSchema = z.strictObject({
  botId: documentIdSchema,
  availability: availabilitySchema,
});
export type SaveAvailabilityRequest = z.infer<typeof saveAvailabilityRequestSchema>;

/** Owner only. Invites by email; the invitee joins on their next sign-in with that email. */
export const inviteMemberRequestSchema = z.strictObject({
  tenantId: documentIdSchema,
  email: z.email({ error: 'must be an email address like name@example.com' }).max(254),
  role: memberRoleSchema,
  /** The invitation mail's language: the inviter's console language. */
  language: localeSchema.optional(),
});
export type InviteMemberRequest = z.infer<typeof inviteMemberRequestSchema>;

/** Owner only. Withdraws a pending invitation; the address can no longer join with it. */
export const revokeInviteRequestSchema = z.strictObject({
  tenantId: documentIdSchema,
  email: z.email({ error: 'must be an email address like name@example.com' }).max(254),
});
export type RevokeInviteRequest = z.infer<typeof revokeInviteRequestSchema>;

/** Owner only. `role: null` removes the member; a tenant always keeps at least one owner. */
export const setMemberRoleRequestSchema = z.strictObject({
  tenantId: documentIdSchema,
  uid: z.string().min(1).max(128),
  role: memberRoleSchema.nullable(),
});
export type SetMemberRoleRequest = z.infer<typeof setMemberRoleRequestSchema>;

/**
 * Owner only. Days after their last activity that conversations are deleted by a Firestore TTL policy, and,
 * when given, days after the appointment that bookings are (left out: unchanged).
 */
export const setRetentionRequestSchema = z.strictObject({
  tenantId: documentIdSchema,
  retentionDays: z.int().min(1).max(3650).nullable(),
  bookingRetentionDays: z.int().min(1).max(3650).optional(),
});
export type SetRetentionRequest = z.infer<typeof setRetentionRequestSchema>;

const conversationRefSchema = z.strictObject({ botId: documentIdSchema, conversationId: documentIdSchema });

/** Marks a conversation read for the team (clears `unreadForTeam`). */
export const markConversationReadRequestSchema = conversationRefSchema;
export type MarkConversationReadRequest = z.infer<typeof markConversationReadRequestSchema>;

/** One visitor's conversation with every message, as JSON (data access requests). */
export const exportConversationRequestSchema = conversationRefSchema;
export type ExportConversationRequest = z.infer<typeof exportConversationRequestSchema>;
export interface ExportConversationResponse {
  conversation: Record<string, unknown>;
  messages: Record<string, unknown>[];
  bookings: Record<string, unknown>[];
}

/** Deletes a conversation and everything under it (erasure requests). */
export const deleteConversationRequestSchema = conversationRefSchema;
export type DeleteConversationRequest = z.infer<typeof deleteConversationRequestSchema>;

/**
 * Owner only. Deletes a bot with everything under it; `confirmName` is the bot's name as the owner typed it,
 * so a slip of the hand deletes nothing (`confirmation_mismatch`).
 */
export const deleteBotRequestSchema = z.strictObject({ botId: documentIdSchema, confirmName: z.string().max(200) });
export type DeleteBotRequest = z.infer<typeof deleteBotRequestSchema>;

/** Owner only. Deletes the tenant, every bot and everything of theirs; `confirmName` is the tenant's name. */
export const deleteTenantRequestSchema = z.strictObject({
  tenantId: documentIdSchema,
  confirmName: z.string().max(200),
});
export type DeleteTenantRequest = z.infer<typeof deleteTenantRequestSchema>;

/** Any member leaves a tenant (the last owner cannot: `last_owner`). */
export const leaveTenantRequestSchema = z.strictObject({ tenantId: documentIdSchema });
export type LeaveTenantRequest = z.infer<typeof leaveTenantRequestSchema>;

/**
 * A person deletes their console account: they leave every team, tenants where they are the only member are
 * deleted, then the account. `confirmEmail` is their address as typed. Refused with `last_owner` while they are
 * the only owner of a team with other members.
 */
export const deleteAccountRequestSchema = z.strictObject({ confirmEmail: z.string().max(320) });
export type DeleteAccountRequest = z.infer<typeof deleteAccountRequestSchema>;

/** Platform administrators only: every tenant with its bots. */
export interface ListTenantsResponse {
  tenants: {
    tenantId: string;
    name: string;
    ownerEmails: string[];
    bots: {
      botId: string;
      name: string;
      active: boolean;
      suspended: boolean;
      review: 'pending' | 'approved' | 'refused' | null;
    }[];
  }[];
}

/** Platform administrators only: a suspended bot stays off whatever its tenant does. */
export const setBotSuspendedRequestSchema = z.strictObject({
  botId: documentIdSchema,
  suspended: z.boolean(),
});
export type SetBotSuspendedRequest = z.infer<typeof setBotSuspendedRequestSchema>;

/** Platform administrators only (BOT_REVIEW=required): a new bot answers visitors once approved. */
export const setBotReviewRequestSchema = z.strictObject({
  botId: documentIdSchema,
  decision: z.enum(['approved', 'refused']),
});
export type SetBotReviewRequest = z.infer<typeof setBotReviewRequestSchema>;
