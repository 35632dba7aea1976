import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { runningInEmulator, webhookTimeoutSeconds } from '../config.ts';
import { afterFailedAttempt, canClaimMail, MAIL_LEASE_MS } from '../domain/mail/mailDelivery.ts';
import { signWebhook } from '../domain/webhooks/signWebhook.ts';
import { db } from '../lib/admin.ts';
import { refs } from '../lib/documents/refs.ts';
import { log } from '../lib/log.ts';
import { fetchPublic } from '../lib/outbound/fetchPublic.ts';
import { OutboundError } from '../lib/outbound/OutboundError.ts';

/** Deliveries are kept this long after they ended, as the console's delivery log. */
const DELIVERY_LOG_DAYS = 30;

/**
 * Posts one webhook delivery at most once per attempt however often it is triggered, with the mail outbox's
 * state machine: a transaction claims it with a lease (PENDING/RETRY due/PROCESSING abandoned → PROCESSING), the
 * request runs outside the transaction through `fetchPublic` (public addresses only, time and size bounded), and
 * the outcome is recorded: SENT on a 2xx, RETRY with backoff otherwise, ERROR after the last attempt. The body
 * is signed afresh on each attempt (a new timestamp) with the endpoint's current secret.
 */
export async function processWebhookDelivery(
  tenantId: string,
  deliveryId: string,
  now = Date.now(),
): Promise<'sent' | 'skipped' | 'failed'> {
  const ref = refs.webhookDelivery(tenantId, deliveryId);
  const claimed = await db.runTransaction(async (tx) => {
    const delivery = (await tx.get(ref)).data();
    if (!delivery) return null;
    const state = {
      state: delivery.state,
      attempts: delivery.attempts,
      leaseExpireTime: delivery.leaseExpireTime?.toMillis() ?? null,
      nextAttemptAt: delivery.nextAttemptAt?.toMillis() ?? null,
    };
    if (!canClaimMail(state, now)) return null;
    const attempts = delivery.attempts + 1;
    tx.update(ref, {
      state: 'PROCESSING',
      attempts,
      leaseExpireTime: Timestamp.fromMillis(now + MAIL_LEASE_MS),
    });
    return { delivery, attempts };
  });
  if (!claimed) return 'skipped';

  const started = Date.now();
  const endpoint = (await refs.webhook(tenantId, claimed.delivery.endpointId).get()).data();
  let status: number | null = null;
  let error: string | null = null;
  if (!endpoint) {
    error = 'The endpoint was deleted.';
  } else {
    try {
      const response = await fetchPublic(endpoint.url, {
        allowLoopback: runningInEmulator,
        method: 'POST',
        body: claimed.delivery.body,
        timeoutMs: webhookTimeoutSeconds.value() * 1000,
        maxBytes: 4096,
        maxRedirects: 0,
        headers: {
          'content-type': 'application/json',
          'frontdesk-event': claimed.delivery.type,
          'frontdesk-delivery': deliveryId,
          'frontdesk-signature': signWebhook(endpoint.secret, Math.floor(Date.now() / 1000), claimed.delivery.body),
        },
      });
      status = response.status;
      if (status < 200 || status > 299) error = `HTTP ${status}`;
    } catch (caught) {
      // The delivery log's short reason: a timeout reads as such; other refusals say why (e.g. a redirect).
      const timedOut = caught instanceof OutboundError && caught.code === 'timeout';
      error = timedOut ? 'timed out' : String((caught as Error).message ?? caught).slice(0, 300);
    }
  }
  const durationMs = Date.now() - started;
  const ended = {
    endTime: FieldValue.serverTimestamp(),
    expireAt: Timestamp.fromMillis(now + DELIVERY_LOG_DAYS * 86_400_000),
  };
  if (error === null) {
    await ref.update({
      ...ended,
      state: 'SENT',
      leaseExpireTime: null,
      lastStatus: status,
      lastError: null,
      durationMs,
    });
    return 'sent';
  }
  const next = endpoint
    ? afterFailedAttempt(claimed.attempts, Date.now())
    : { state: 'ERROR' as const, nextAttemptAt: null };
  await ref.update({
    ...(next.state === 'ERROR' ? ended : {}),
    state: next.state,
    nextAttemptAt: next.nextAttemptAt === null ? null : Timestamp.fromMillis(next.nextAttemptAt),
    leaseExpireTime: null,
    lastStatus: status,
    lastError: error,
    durationMs,
  });
  // `webhook.failed`: one line per delivery that finally failed, for the log-based metric and alert (README).
  // The endpoint's URL and the error text stay out: they can name a customer's systems.
  log[next.state === 'ERROR' ? 'error' : 'warn'](next.state === 'ERROR' ? 'webhook.failed' : 'webhook.retry', {
    tenantId,
    deliveryId,
    endpointId: claimed.delivery.endpointId,
    eventType: claimed.delivery.type,
    httpStatus: status,
    errorCode: status === null ? (error === 'timed out' ? 'timeout' : 'unreachable') : 'http_status',
    attempts: claimed.attempts,
  });
  return 'failed';
}
