import { createHmac } from 'node:crypto';

/**
 * The `Frontdesk-Signature` header of a delivery: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">` under the
 * endpoint's secret. The receiver recomputes it over the raw body and rejects old timestamps (replays).
 */
export function signWebhook(secret: string, timestampSeconds: number, body: string): string {
  const mac = createHmac('sha256', secret).update(`${timestampSeconds}.${body}`).digest('hex');
  return `t=${timestampSeconds},v1=${mac}`;
}
