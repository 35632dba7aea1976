import { projectID } from 'firebase-functions/params';
import { publicBaseUrl } from '../config.ts';

/** The visitor's cancel link on the hosted site (Hosting rewrites `/cancel` to the cancel page function). */
export function cancelUrl(input: { botId: string; bookingId: string; token: string }): string {
  const configured = publicBaseUrl.value();
  const base = configured || `https://${projectID.value()}.web.app`;
  const query = new URLSearchParams({ bot: input.botId, booking: input.bookingId, token: input.token });
  return `${base.replace(/\/$/, '')}/cancel?${query}`;
}
