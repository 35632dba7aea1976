import { type ApiError, openApiDocument } from '@frontdesk/contract';
import type { Request, Response } from 'express';
import { logger } from 'firebase-functions';
import { HttpsError, onRequest } from 'firebase-functions/v2/https';
import { openAiApiKey, publicBaseUrl } from '../config.ts';
import { httpStatusOf } from '../domain/api/httpStatusOf.ts';
import { type RefusalDetails, refuse } from '../lib/refuse.ts';
import { apiBooking } from './apiBooking.ts';
import { apiChat } from './apiChat.ts';
import { apiSlots } from './apiSlots.ts';
import { apiTranscript } from './apiTranscript.ts';
import { authenticateApiKey } from './authenticateApiKey.ts';

/**
 * The HTTP API, `/api/v1/*`, served on the Hosting site through a rewrite (and at the function's own URL). Keys
 * are per bot and for servers: there is no CORS, so no web page can call it with a key it should not hold.
 * The timeout covers the longest reply, as the chat callable's does.
 */
export const api = onRequest(
  { secrets: [openAiApiKey], timeoutSeconds: 300, maxInstances: 50, memory: '256MiB', cors: false },
  async (request, response) => {
    try {
      await route(request, response);
    } catch (error) {
      answerError(response, error);
    }
  },
);

async function route(request: Request, response: Response): Promise<void> {
  const path = request.path.replace(/\/+$/, '');
  const method = request.method;
  if (path === '/api/v1/openapi.json') {
    allow(method, 'GET');
    response.set('cache-control', 'public, max-age=300').json(openApiDocument(publicBaseUrl.value() || '/'));
    return;
  }
  const conversation = /^\/api\/v1\/conversations\/([A-Za-z0-9_-]{1,128})$/.exec(path);
  const known = path === '/api/v1/chat' || path === '/api/v1/slots' || path === '/api/v1/bookings' || conversation;
  if (!known) throw refuse('not-found', 'route_not_found', `There is no ${path}; see /api/v1/openapi.json.`);
  const caller = await authenticateApiKey(request.header('authorization'), Date.now());
  response.set('cache-control', 'no-store');
  if (path === '/api/v1/chat') {
    allow(method, 'POST');
    return apiChat(request, response, caller);
  }
  if (path === '/api/v1/slots') {
    allow(method, 'GET');
    response.json(await apiSlots(request, caller));
    return;
  }
  if (path === '/api/v1/bookings') {
    allow(method, 'POST');
    response.json(await apiBooking(request, caller));
    return;
  }
  allow(method, 'GET');
  response.json(await apiTranscript(request, caller, conversation?.[1] as string));
}

function allow(method: string, allowed: string): void {
  if (method !== allowed) {
    throw Object.assign(refuse('not-found', 'route_not_found', `Use ${allowed} here.`), { methodNotAllowed: allowed });
  }
}

/** A refusal as its HTTP status and a JSON body with the callables' reason; a failure inside a stream as an event. */
function answerError(response: Response, error: unknown): void {
  const refused = error instanceof HttpsError ? error : null;
  if (!refused) logger.error('The API failed a request.', { error: (error as Error).message });
  if (response.headersSent) {
    if (!response.writableEnded) {
      response.end(`${JSON.stringify({ type: 'error', code: 'internal', message: 'The request failed.' })}\n`);
    }
    return;
  }
  const details = refused?.details as RefusalDetails | undefined;
  const allowed = (error as { methodNotAllowed?: string }).methodNotAllowed;
  const status = allowed ? 405 : refused ? httpStatusOf(refused.code, details?.reason) : 500;
  if (allowed) response.set('allow', allowed);
  if (details?.retryAfterSeconds !== undefined) response.set('retry-after', String(details.retryAfterSeconds));
  const body: ApiError = {
    error: {
      reason: details?.reason ?? 'internal',
      message: refused?.message ?? 'Something went wrong; try again.',
      ...(details?.retryAfterSeconds !== undefined ? { retryAfterSeconds: details.retryAfterSeconds } : {}),
      ...(details?.issues ? { issues: details.issues } : {}),
    },
  };
  response.status(status).set('cache-control', 'no-store').json(body);
}
