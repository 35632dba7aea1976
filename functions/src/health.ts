import { onRequest } from 'firebase-functions/v2/https';
import { openAiApiKey, openAiBaseUrl } from './config.ts';

/** `GET /health`: `{"status":"ok","missing":[…]}` naming configuration that is not set, never a value. */
export const health = onRequest({ secrets: [openAiApiKey], maxInstances: 2 }, (_request, response) => {
  const missing: string[] = [];
  if (!openAiApiKey.value()) missing.push('OPENAI_API_KEY');
  if (!openAiBaseUrl.value()) missing.push('OPENAI_BASE_URL');
  response.set('cache-control', 'no-store').json({ status: 'ok', missing });
});
