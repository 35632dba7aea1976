import { conversationPath, messagesPath, presencePath } from './conversationPaths.ts';

/** Firestore paths, shared so functions, widget, console and tests never spell them differently. */
export const paths = {
  tenant: (tenantId: string) => `tenants/${tenantId}`,
  invites: (tenantId: string) => `tenants/${tenantId}/invites`,
  /** Who changed what and when, per tenant; owners read it, entries expire after AUDIT_RETENTION_DAYS. */
  audit: (tenantId: string) => `tenants/${tenantId}/audit`,
  bot: (botId: string) => `bots/${botId}`,
  botSettings: (botId: string) => `bots/${botId}/private/settings`,
  conversations: (botId: string) => `bots/${botId}/conversations`,
  conversation: conversationPath,
  messages: messagesPath,
  /**
   * What the team sees about each message and a visitor must not: the model, usage, timing and budget reservation
   * of a reply, the author of an agent's message. By message id; team members and functions only.
   */
  messageMeta: (botId: string, conversationId: string) => `bots/${botId}/conversations/${conversationId}/messageMeta`,
  /** The model's reasoning behind each reply, by reply message id: the team's only, when the bot shows it. */
  reasoning: (botId: string, conversationId: string) => `bots/${botId}/conversations/${conversationId}/reasoning`,
  presence: presencePath,
  availability: (botId: string) => `bots/${botId}/private/availability`,
  /** The calendar feed's secret (hashed); see calendarFeedSchema. */
  calendarFeed: (botId: string) => `bots/${botId}/private/calendarFeed`,
  bookings: (botId: string) => `bots/${botId}/bookings`,
  /** One document per claimed 5-minute unit; its deterministic id is what makes double booking impossible. */
  slotUnits: (botId: string) => `bots/${botId}/slotUnits`,
  /** A bot's knowledge sources (FAQ entries, documents, web pages): owners and admins. */
  knowledgeSources: (botId: string) => `bots/${botId}/knowledgeSources`,
  /** Their passages with embeddings, searched per turn with findNearest: server only. */
  knowledgePassages: (botId: string) => `bots/${botId}/knowledgePassages`,
  /** Questions nothing relevant was found for, grouped by wording: owners and admins. */
  unansweredQuestions: (botId: string) => `bots/${botId}/unansweredQuestions`,
  mail: () => 'mail',
  /** Things that happened, fanned out to webhooks and notifications. Server only. */
  events: () => 'events',
  webhooks: (tenantId: string) => `tenants/${tenantId}/webhooks`,
  webhookDeliveries: (tenantId: string) => `tenants/${tenantId}/webhookDeliveries`,
  notificationPrefs: (tenantId: string) => `tenants/${tenantId}/notificationPrefs`,
  notificationClaims: (tenantId: string) => `tenants/${tenantId}/notificationClaims`,
  /** HTTP API keys: what the console shows (`apiKeys`), and their hashes, server only (`apiKeySecrets`). */
  apiKeys: () => 'apiKeys',
  apiKeySecrets: () => 'apiKeySecrets',
  /** Sharded counters, so a busy tenant never makes one hot document. */
  usageDays: (tenantId: string) => `tenants/${tenantId}/usageDays`,
  budgetMonths: (tenantId: string) => `tenants/${tenantId}/budgetMonths`,
  /** Fixed-window rate-limit counters, deleted by a Firestore TTL policy on `expiresAt`. */
  rateLimits: () => 'rateLimits',
  /** Server-only values such as the salt for hashing client IPs. */
  system: (name: string) => `system/${name}`,
};
