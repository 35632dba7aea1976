import { logger } from 'firebase-functions';
import { onDocumentCreated } from 'firebase-functions/v2/firestore';
import { linkSigningSecret } from '../config.ts';
import { fanOutEvent } from './fanOutEvent.ts';

/**
 * Fans each recorded event out. Retried on failure (`retry: true`): every part is idempotent, so a retry only
 * completes what a failed run left undone.
 */
export const onEventCreated = onDocumentCreated(
  { document: 'events/{eventId}', secrets: [linkSigningSecret], maxInstances: 10, retry: true },
  async (event) => {
    const outcome = await fanOutEvent(event.params.eventId);
    logger.info('Event fanned out.', { eventId: event.params.eventId, ...outcome });
  },
);
