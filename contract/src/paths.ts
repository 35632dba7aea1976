/** Firestore paths, shared so functions, widget, console and tests never spell them differently. */
export const paths = {
  tenant: (tenantId: string) => `tenants/${tenantId}`,
  invites: (tenantId: string) => `tenants/${tenantId}/invites`,
  /** Who changed what and when, per tenant; owners read it, entries expire after AUDIT_RETENTION_DAYS. */
  audit: (tenantId: string) => `tenants/${tenantId}/audit`,
  bot: (botId: string) => `bots/${botId}`,
  botSettings: (botId: string) => `bots/${botId}/private/settings`,
  conversations: (botId: string) => `bots/${botId}/conversations`,
  conversation: (botId: string, conversationId: string) => `bots/${botId}/conversations/${conversationId}`,
  messages: (botId: string, conversationId: string) => `bots/${botId}/conversations/${conversationId}/messages`,
  /**
   * What the team sees about each message and a visitor must not: the model, usage, timing and budget reservation
   * of a reply, the author of an agent's message. By message id; team members and functions only.
   */
  messageMeta: (botId: string, conversationId: string) => `bots/${botId}/conversations/${conversationId}/messageMeta`,
  /** The model's reasoning behind each reply, by reply message id: the team's only, when the bot shows it. */
  reasoning: (botId: string, conversationId: string) => `bots/${botId}/conversations/${conversationId}/reasoning`,
  availability: (botId: string) => `bots/${botId}/private/availability`,
  bookings: (botId: string) => `bots/${botId}/bookings`,
  /** One document per claimed 5-minute unit; its deterministic id is what makes double booking impossible. */
  slotUnits: (botId: string) => `bots/${botId}/slotUnits`,
  mail: () => 'mail',
  /** Sharded counters, so a busy tenant never makes one hot document. */
  usageDays: (tenantId: string) => `tenants/${tenantId}/usageDays`,
  budgetMonths: (tenantId: string) => `tenants/${tenantId}/budgetMonths`,
  /** Fixed-window rate-limit counters, deleted by a Firestore TTL policy on `expiresAt`. */
  rateLimits: () => 'rateLimits',
  /** Server-only values such as the salt for hashing client IPs. */
  system: (name: string) => `system/${name}`,
};
