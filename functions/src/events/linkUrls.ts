import type { NotificationKind } from '@frontdesk/contract';
import { linkSigningSecret } from '../config.ts';
import { signLink } from '../domain/links/signLink.ts';
import { publicOrigin } from '../lib/publicOrigin.ts';

/** A conversation in the console (hash route), or the bot's bookings. */
export function consoleUrl(tenantId: string, botId: string, conversationId?: string): string {
  const parts = ['t', tenantId, 'b', botId, conversationId ? 'conversations' : 'bookings'];
  if (conversationId) parts.push(conversationId);
  return `${publicOrigin()}/#/${parts.map(encodeURIComponent).join('/')}`;
}

/** The signed one-click unsubscribe link of one member's notifications of one kind for one bot. */
export function unsubscribeUrl(tenantId: string, uid: string, botId: string, kind: NotificationKind): string {
  const signature = signLink(linkSigningSecret.value(), 'unsubscribe', tenantId, uid, botId, kind);
  const query = new URLSearchParams({ t: tenantId, u: uid, b: botId, k: kind, s: signature });
  return `${publicOrigin()}/unsubscribe?${query}`;
}

/**
 * The page the visitor was on, with a fragment the widget reads to open the conversation again, signed so that
 * only the mail's recipient can claim it. Null when the page is not known or not a web page.
 */
export function resumeUrl(pageUrl: string | undefined, botId: string, conversationId: string): string | null {
  if (!pageUrl) return null;
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const signature = signLink(linkSigningSecret.value(), 'resume', botId, conversationId);
  url.hash = `frontdesk-resume=${botId}.${conversationId}.${signature}`;
  return url.href;
}
