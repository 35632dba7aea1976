import { MAX_API_BODY_BYTES } from '@frontdesk/contract';
import type { Request } from 'express';
import { refuse } from '../lib/refuse.ts';

/**
 * The JSON body of an API request, after the platform's body parser read it: `application/json` only (415
 * otherwise) and at most MAX_API_BODY_BYTES (413). Malformed JSON never reaches the handler: the platform's
 * parser answers it with 400.
 */
export function readJsonBody(request: Request & { rawBody?: Buffer }): unknown {
  if (!request.is('application/json')) {
    throw refuse(
      'invalid-argument',
      'unsupported_media_type',
      'Send the body as JSON, with Content-Type: application/json.',
    );
  }
  const size = request.rawBody?.length ?? Number(request.header('content-length') ?? 0);
  if (size > MAX_API_BODY_BYTES) {
    throw refuse('invalid-argument', 'payload_too_large', `The body must be at most ${MAX_API_BODY_BYTES} bytes.`);
  }
  return request.body;
}
