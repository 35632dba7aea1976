import { paths } from '@frontdesk/contract';
import { FieldValue } from 'firebase-admin/firestore';
import { onRequest } from 'firebase-functions/v2/https';
import { openAiApiKey, openAiBaseUrl } from './config.ts';
import { runHealthChecks } from './domain/health/runHealthChecks.ts';
import { db } from './lib/admin.ts';

/**
 * `GET /health` (also on the Hosting site): each dependency's state and latency, never a value. Firestore is a
 * write and a read of `system/health` (a round trip through the database, not a cached client); configuration
 * names what is not set. 200 when all are ok, 503 when one fails, so an uptime check can alert on the status.
 */
export const health = onRequest(
  { secrets: [openAiApiKey], maxInstances: 2, timeoutSeconds: 30 },
  async (_request, response) => {
    const { httpStatus, report } = await runHealthChecks(
      {
        firestore: async () => {
          const probe = db.doc(paths.system('health'));
          const token = `${Date.now()}-${Math.random()}`;
          await probe.set({ token, at: FieldValue.serverTimestamp() });
          if ((await probe.get()).get('token') !== token) throw Object.assign(new Error(), { code: 'read_mismatch' });
        },
        config: async () => {
          const missing = [
            ...(openAiApiKey.value() ? [] : ['OPENAI_API_KEY']),
            ...(openAiBaseUrl.value() ? [] : ['OPENAI_BASE_URL']),
          ];
          if (missing.length > 0) throw Object.assign(new Error(), { code: `missing_${missing.join('_and_')}` });
        },
      },
      { timeoutMs: 10_000 },
    );
    response.status(httpStatus).set('cache-control', 'no-store').json(report);
  },
);
