import { z } from 'zod';
import {
  type PostAgentReplyResponse,
  postAgentReplyRequestSchema,
  type SetConversationStatusResponse,
  setConversationStatusRequestSchema,
} from './agentCalls.ts';
import { type CreateApiKeyResponse, createApiKeyRequestSchema, revokeApiKeyRequestSchema } from './api.ts';
import {
  type BookSlotResponse,
  bookSlotRequestSchema,
  type CancelBookingResponse,
  cancelBookingRequestSchema,
  decideBookingRequestSchema,
  type ListSlotsResponse,
  listSlotsRequestSchema,
  rescheduleBookingRequestSchema,
  type SetCalendarFeedResponse,
  setBookingOutcomeRequestSchema,
  setCalendarFeedRequestSchema,
} from './booking.ts';
import {
  type CreateBotResponse,
  type CreateTenantResponse,
  createBotRequestSchema,
  createTenantRequestSchema,
  deleteAccountRequestSchema,
  deleteBotRequestSchema,
  deleteConversationRequestSchema,
  deleteTenantRequestSchema,
  type ExportConversationResponse,
  exportConversationRequestSchema,
  inviteMemberRequestSchema,
  type ListTenantsResponse,
  leaveTenantRequestSchema,
  markConversationReadRequestSchema,
  type Permission,
  revokeInviteRequestSchema,
  saveAvailabilityRequestSchema,
  setBotReviewRequestSchema,
  setBotSuspendedRequestSchema,
  setMemberRoleRequestSchema,
  setRetentionRequestSchema,
  updateBotRequestSchema,
  updateBotSettingsRequestSchema,
  type WhoAmIResponse,
} from './consoleCalls.ts';
import {
  type RequestHandoffResponse,
  requestHandoffRequestSchema,
  resumeConversationRequestSchema,
} from './handoff.ts';
import {
  dismissUnansweredRequestSchema,
  knowledgeSourceRefSchema,
  saveKnowledgeSourceRequestSchema,
} from './knowledge.ts';
import { type SendMessageResponse, sendMessageRequestSchema } from './sendMessage.ts';
import {
  type ExportConversationsResponse,
  exportConversationsRequestSchema,
  type SaveWebhookResponse,
  saveWebhookRequestSchema,
  setNotificationPrefsRequestSchema,
  webhookRefSchema,
} from './teamCalls.ts';

/**
 * Who may call a callable. The server's `defineCallable` enforces it before the handler runs.
 * - `visitor`: anyone signed in, anonymous widget visitors included.
 * - `signedIn`: a person signed in to the console (their verified email is known to the handler).
 * - `member`: a member of the tenant whose role has `permission`; the tenant is the one of the request's
 *   `botId` (`scope: 'bot'`) or its `tenantId` (`scope: 'tenant'`).
 * - `platformAdmin`: an address in PLATFORM_ADMIN_EMAILS.
 */
export type CallableAccess =
  | { kind: 'visitor' }
  | { kind: 'signedIn' }
  | { kind: 'member'; permission: Permission; scope: 'bot' | 'tenant' }
  | { kind: 'platformAdmin' };

/** One callable: its request schema, who may call it, and (as a type only) what it answers. */
export interface CallableEntry<Request extends z.ZodType, Response, Access extends CallableAccess> {
  request: Request;
  access: Access;
  /** Never set: carries the response type for `CallableResponse`. */
  readonly response?: Response;
}

/** `callable<Response>()(requestSchema, access)`: the response is named as a type, the rest as values. */
function callable<Response>() {
  return <Request extends z.ZodType, const Access extends CallableAccess>(
    request: Request,
    access: Access,
  ): CallableEntry<Request, Response, Access> => ({ request, access });
}

const visitor = { kind: 'visitor' } as const;
const signedIn = { kind: 'signedIn' } as const;
const platformAdmin = { kind: 'platformAdmin' } as const;
const botMember = <P extends Permission>(permission: P) => ({ kind: 'member', permission, scope: 'bot' }) as const;
const tenantMember = <P extends Permission>(permission: P) =>
  ({ kind: 'member', permission, scope: 'tenant' }) as const;

/** Calls that take nothing. */
export const emptyRequestSchema = z.strictObject({});

/**
 * Every callable function, by its deployed name. Functions define their handlers from these entries; the
 * widget and the console type their calls from them. A test keeps this list and the deployed callables equal.
 */
export const callables = {
  // The widget's visitors.
  sendMessage: callable<SendMessageResponse>()(sendMessageRequestSchema, visitor),
  listSlots: callable<ListSlotsResponse>()(listSlotsRequestSchema, visitor),
  bookSlot: callable<BookSlotResponse>()(bookSlotRequestSchema, visitor),
  requestHandoff: callable<RequestHandoffResponse>()(requestHandoffRequestSchema, visitor),
  resumeConversation: callable<{ conversationId: string }>()(resumeConversationRequestSchema, visitor),

  // The console: anyone signed in.
  whoAmI: callable<WhoAmIResponse>()(emptyRequestSchema, signedIn),
  createTenant: callable<CreateTenantResponse>()(createTenantRequestSchema, signedIn),
  leaveTenant: callable<{ tenantId: string }>()(leaveTenantRequestSchema, signedIn),
  deleteAccount: callable<{ deletedTenants: string[] }>()(deleteAccountRequestSchema, signedIn),

  // The console: members, by permission.
  createBot: callable<CreateBotResponse>()(createBotRequestSchema, tenantMember('bots')),
  updateBot: callable<{ botId: string }>()(updateBotRequestSchema, botMember('bots')),
  updateBotSettings: callable<{ botId: string }>()(updateBotSettingsRequestSchema, botMember('bots')),
  saveAvailability: callable<{ botId: string }>()(saveAvailabilityRequestSchema, botMember('bots')),
  createApiKey: callable<CreateApiKeyResponse>()(createApiKeyRequestSchema, botMember('bots')),
  revokeApiKey: callable<{ keyId: string }>()(revokeApiKeyRequestSchema, botMember('bots')),
  /** `mailed: false`: the address was invited within the cooldown; the role is updated, no mail sent again. */
  inviteMember: callable<{ email: string; mailed: boolean }>()(inviteMemberRequestSchema, tenantMember('team')),
  revokeInvite: callable<{ email: string }>()(revokeInviteRequestSchema, tenantMember('team')),
  setMemberRole: callable<{ uid: string }>()(setMemberRoleRequestSchema, tenantMember('team')),
  setRetention: callable<{ retentionDays: number | null; bookingRetentionDays: number; restamped: number }>()(
    setRetentionRequestSchema,
    tenantMember('team'),
  ),
  saveKnowledgeSource: callable<{ sourceId: string }>()(saveKnowledgeSourceRequestSchema, botMember('bots')),
  reindexKnowledgeSource: callable<{ sourceId: string }>()(knowledgeSourceRefSchema, botMember('bots')),
  deleteKnowledgeSource: callable<{ sourceId: string; deletedPassages: number }>()(
    knowledgeSourceRefSchema,
    botMember('bots'),
  ),
  dismissUnanswered: callable<{ unansweredId: string }>()(dismissUnansweredRequestSchema, botMember('bots')),
  markConversationRead: callable<{ conversationId: string }>()(
    markConversationReadRequestSchema,
    botMember('conversations'),
  ),
  postAgentReply: callable<PostAgentReplyResponse>()(postAgentReplyRequestSchema, botMember('conversations')),
  setConversationStatus: callable<SetConversationStatusResponse>()(
    setConversationStatusRequestSchema,
    botMember('conversations'),
  ),
  cancelBooking: callable<CancelBookingResponse>()(cancelBookingRequestSchema, botMember('bookings')),
  decideBooking: callable<{ status: 'confirmed' | 'declined' }>()(decideBookingRequestSchema, botMember('bookings')),
  rescheduleBooking: callable<{ start: string; end: string }>()(rescheduleBookingRequestSchema, botMember('bookings')),
  setBookingOutcome: callable<{ outcome: 'attended' | 'no_show' }>()(
    setBookingOutcomeRequestSchema,
    botMember('bookings'),
  ),
  /** Owners and admins: the feed lists every booking of the bot. */
  setCalendarFeed: callable<SetCalendarFeedResponse>()(setCalendarFeedRequestSchema, botMember('bots')),
  exportConversation: callable<ExportConversationResponse>()(exportConversationRequestSchema, botMember('data')),
  deleteConversation: callable<{ conversationId: string }>()(deleteConversationRequestSchema, botMember('data')),
  exportConversations: callable<ExportConversationsResponse>()(exportConversationsRequestSchema, botMember('data')),
  /** Each member's own choices: anyone who may read the bot's conversations. */
  setNotificationPrefs: callable<{ botId: string }>()(setNotificationPrefsRequestSchema, botMember('conversations')),
  saveWebhook: callable<SaveWebhookResponse>()(saveWebhookRequestSchema, tenantMember('bots')),
  deleteWebhook: callable<{ endpointId: string }>()(webhookRefSchema, tenantMember('bots')),
  sendTestWebhook: callable<{ deliveryId: string }>()(webhookRefSchema, tenantMember('bots')),
  deleteBot: callable<{ botId: string }>()(deleteBotRequestSchema, botMember('team')),
  deleteTenant: callable<{ tenantId: string }>()(deleteTenantRequestSchema, tenantMember('team')),

  // Platform administrators.
  listTenants: callable<ListTenantsResponse>()(emptyRequestSchema, platformAdmin),
  setBotSuspended: callable<{ botId: string; suspended: boolean }>()(setBotSuspendedRequestSchema, platformAdmin),
  setBotReview: callable<{ botId: string; review: 'approved' | 'refused' }>()(setBotReviewRequestSchema, platformAdmin),
};

type Callables = typeof callables;
export type CallableName = keyof Callables;
/** What a client sends (before the server's parsing fills defaults and trims). */
export type CallableRequest<Name extends CallableName> = z.input<Callables[Name]['request']>;
/** What the handler receives once the request is parsed. */
export type ParsedCallableRequest<Name extends CallableName> = z.output<Callables[Name]['request']>;
export type CallableResponse<Name extends CallableName> =
  Callables[Name] extends CallableEntry<z.ZodType, infer Response, CallableAccess> ? Response : never;
export type CallableAccessOf<Name extends CallableName> = Callables[Name]['access'];
