import type { NotificationKind, NotificationPrefs, Tenant } from '@frontdesk/contract';
import { hasPermission } from '../access/hasPermission.ts';

/**
 * Who is mailed about one event: members of the tenant now (a removed member's old choices count for nothing)
 * whose role may see what the mail is about (bookings or conversations), who chose this kind for this bot, and
 * whose address the team screen knows.
 */
export function notificationRecipients(
  tenant: Pick<Tenant, 'members' | 'memberEmails'>,
  prefs: { uid: string; prefs: Pick<NotificationPrefs, 'bots'> }[],
  botId: string,
  kind: NotificationKind,
): { uid: string; email: string }[] {
  const permission = kind === 'bookingCreated' || kind === 'bookingCancelled' ? 'bookings' : 'conversations';
  return prefs.flatMap(({ uid, prefs: choices }) => {
    const role = tenant.members[uid];
    const email = tenant.memberEmails?.[uid];
    if (!role || !email || !hasPermission(role, permission) || choices.bots[botId]?.[kind] !== true) return [];
    return [{ uid, email }];
  });
}
