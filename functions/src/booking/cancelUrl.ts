import { publicOrigin } from '../lib/publicOrigin.ts';

/** The visitor's cancel link on the hosted site (Hosting rewrites `/cancel` to the cancel page function). */
export function cancelUrl(input: { botId: string; bookingId: string; token: string }): string {
  const query = new URLSearchParams({ bot: input.botId, booking: input.bookingId, token: input.token });
  return `${publicOrigin()}/cancel?${query}`;
}
