/** Firestore paths, shared so functions, widget, console and tests never spell them differently. */
export const paths = {
  tenant: (tenantId: string) => `tenants/${tenantId}`,
  bot: (botId: string) => `bots/${botId}`,
  botSettings: (botId: string) => `bots/${botId}/private/settings`,
  conversations: (botId: string) => `bots/${botId}/conversations`,
  conversation: (botId: string, conversationId: string) => `bots/${botId}/conversations/${conversationId}`,
  messages: (botId: string, conversationId: string) => `bots/${botId}/conversations/${conversationId}/messages`,
};
