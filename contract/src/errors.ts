import type { ValidationIssue } from './validationMessages.ts';

/**
 * Codes a reply can end with (`message.errorCode`), so the widget can explain each one and offer a retry.
 * - `upstream_error`: the model provider failed (5xx, network error, malformed stream).
 * - `upstream_rate_limited`: the provider answered 429 and a short retry did not help.
 * - `timeout`: the stream stalled longer than the idle timeout, or the reply took longer than allowed.
 * - `interrupted`: the instance writing the reply stopped (its lease expired); swept by a scheduled job.
 * - `empty_reply`: the model's answer ended with no text and no usable tool call (e.g. a reasoning model that
 *   spent every output token on thinking); nothing was shown to the visitor.
 * - `budget_exhausted`: the reply needed another model round (after tool calls) and the tenant's token budget
 *   (monthly, or the daily cap) had no room for it; what the earlier rounds wrote and found stays.
 * - `internal`: anything else.
 */
export const replyErrorCodes = [
  'upstream_error',
  'upstream_rate_limited',
  'timeout',
  'interrupted',
  'empty_reply',
  'budget_exhausted',
  'internal',
] as const;
export type ReplyErrorCode = (typeof replyErrorCodes)[number];

/**
 * Why a callable refused a request: sent as `details.reason` of the callable error, next to the canonical
 * status (`invalid-argument`, `resource-exhausted`, …) and a message a person can act on.
 * - `invalid_input`: the request failed validation (the message names the field).
 * - `rate_limited`: too many messages from this visitor, network or bot; `details.retryAfterSeconds` says when to retry.
 * - `budget_exhausted`: the tenant's monthly token budget is used up.
 * - `daily_budget_exhausted`: the tenant's daily token cap (UTC day) is used up; try again tomorrow.
 * - `model_not_allowed`: the settings name a model the platform does not offer (param ALLOWED_MODELS);
 *   `details.allowedModels` lists the ones it does.
 * - `origin_not_allowed`: the page's origin is not among the bot's allowed origins.
 * - `bot_not_found`, `bot_inactive`: the `data-bot` id is unknown, or the bot is switched off.
 * - `conversation_forbidden`: the conversation belongs to someone else.
 * - `conversation_not_found`: no such conversation.
 * - `not_a_member`: the caller is not a member of the bot's tenant (console calls).
 * - `unauthenticated`: no signed-in user.
 * - `appointments_disabled`: the bot does not take bookings.
 * - `slot_unavailable`: the time is not an offered slot (past, too soon, outside opening hours, wrong length).
 * - `slot_taken`: someone else booked (part of) that time first; pick another slot.
 * - `booking_not_found`: no such booking, or it is already cancelled.
 * - `booking_state`: the booking is not in a state that allows this (confirming a request that expired,
 *   marking the outcome of an appointment that has not ended, moving a cancelled one).
 * - `service_not_found`: no active service of the bot has that id.
 * - `role_forbidden`: the caller's role in the tenant does not allow this (see `rolePermissions`).
 * - `not_platform_admin`: only platform administrators may do this.
 * - `signup_closed`: sign-up is invite-only; ask an owner for an invitation.
 * - `last_owner`: a tenant must keep at least one owner.
 * - `tenant_limit`: the caller owns as many tenants as one person may create (MAX_TENANTS_PER_USER).
 * - `notification_email_not_member`: a notification address is not a team member's verified email.
 * - `link_invalid`: a signed link (follow-up, unsubscribe) is damaged or was not made by this installation.
 * - `url_not_public`: a webhook URL is not `https` to a public address (private, loopback, link-local, metadata).
 * - `webhook_not_found`: no such webhook endpoint.
 * - `confirmation_mismatch`: a deletion's typed confirmation (the name, or the email address) does not match.
 * - `knowledge_limit`: the bot has as many knowledge sources as allowed (MAX_SOURCES_PER_BOT).
 * - `source_not_found`: no such knowledge source (or unanswered question) on this bot.
 * - `app_check_failed`: a visitor call carried no valid App Check token while APP_CHECK=enforce (the page is not
 *   the widget, or its attestation failed).
 */
export const callErrorReasons = [
  'invalid_input',
  'rate_limited',
  'budget_exhausted',
  'daily_budget_exhausted',
  'origin_not_allowed',
  'bot_not_found',
  'bot_inactive',
  'conversation_forbidden',
  'conversation_not_found',
  'not_a_member',
  'unauthenticated',
  'appointments_disabled',
  'slot_unavailable',
  'slot_taken',
  'booking_not_found',
  'booking_state',
  'service_not_found',
  'role_forbidden',
  'not_platform_admin',
  'signup_closed',
  'last_owner',
  'tenant_limit',
  'notification_email_not_member',
  'app_check_failed',
  'model_not_allowed',
  'link_invalid',
  'url_not_public',
  'webhook_not_found',
  'confirmation_mismatch',
  'knowledge_limit',
  'source_not_found',
] as const;
export type CallErrorReason = (typeof callErrorReasons)[number];

/**
 * Reasons only the HTTP API (`/api/v1`) answers, besides every `callErrorReasons` one, in `error.reason`:
 * - `api_key_invalid`: no `Authorization: Bearer` key, or one that is unknown, malformed or revoked (HTTP 401).
 * - `unsupported_media_type`: a request body that is not `application/json` (HTTP 415).
 * - `payload_too_large`: a request body over its limit (HTTP 413).
 * - `idempotency_conflict`: an `Idempotency-Key` reused with a different message (HTTP 409).
 * - `route_not_found`: no such path (HTTP 404) or method (HTTP 405).
 * - `internal`: an unexpected failure (HTTP 500).
 */
export const httpApiErrorReasons = [
  'api_key_invalid',
  'unsupported_media_type',
  'payload_too_large',
  'idempotency_conflict',
  'route_not_found',
  'internal',
] as const;
export type ApiErrorReason = CallErrorReason | (typeof httpApiErrorReasons)[number];

export interface CallErrorDetails {
  reason: CallErrorReason;
  retryAfterSeconds?: number;
  /** With `invalid_input`: each problem, so a client can word it in its own language. */
  issues?: ValidationIssue[];
  /** With `model_not_allowed`: the models a bot may name. */
  allowedModels?: string[];
}
