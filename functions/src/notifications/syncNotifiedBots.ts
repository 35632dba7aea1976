import { refs } from '../lib/documents/refs.ts';

/**
 * Keeps the tenant's `newConversationNotifiedBots` (bots some member wants mailed about new conversations) in
 * step with the members' choices, so the chat records `conversation.created` only when a mail or a webhook
 * will come of it: every event sets off a trigger. Over-inclusive at worst (a removed member's choices still
 * count here; the fan-out skips them), never under.
 */
export async function syncNotifiedBots(tenantId: string): Promise<void> {
  const prefs = await refs.notificationPrefs(tenantId).get();
  const bots = new Set(
    prefs.docs.flatMap((doc) =>
      Object.entries(doc.data().bots)
        .filter(([, choices]) => choices.conversationCreated === true)
        .map(([botId]) => botId),
    ),
  );
  await refs.tenant(tenantId).update({ newConversationNotifiedBots: [...bots].sort() });
}
