/**
 * The paths of a conversation and what it holds, on their own so that the widget, which needs only these, does
 * not carry the whole `paths` table (paths.ts uses these same functions).
 */
export const conversationPath = (botId: string, conversationId: string) =>
  `bots/${botId}/conversations/${conversationId}`;

export const messagesPath = (botId: string, conversationId: string) =>
  `${conversationPath(botId, conversationId)}/messages`;

/** `visitor` (the widget's heartbeat) and `team` (a member typing): the only documents clients write. */
export const presencePath = (botId: string, conversationId: string, who: 'visitor' | 'team') =>
  `${conversationPath(botId, conversationId)}/presence/${who}`;
