import { apiSlotsQuerySchema, type ListSlotsResponse } from '@frontdesk/contract';
import type { Request } from 'express';
import { freeSlotsIn } from '../booking/freeSlotsIn.ts';
import { loadBookingContext } from '../booking/loadBookingContext.ts';
import { slotListingsPerNetworkPerMinute } from '../config.ts';
import { MINUTE_MS } from '../domain/limits/rateLimitWindows.ts';
import { parseRequest } from '../lib/parseRequest.ts';
import { enforceRateLimits } from '../limits/enforceRateLimits.ts';
import type { ApiCaller } from './authenticateApiKey.ts';

/** `GET /api/v1/slots?from&to&durationMinutes`: the widget's free slots, limited per key as per network there. */
export async function apiSlots(request: Request, caller: ApiCaller): Promise<ListSlotsResponse> {
  const query = parseRequest(apiSlotsQuerySchema, { ...request.query });
  const context = await loadBookingContext(caller.botId);
  const count = () =>
    enforceRateLimits(
      [
        {
          key: `slots-key:${caller.keyId}`,
          limit: slotListingsPerNetworkPerMinute.value(),
          windowMs: MINUTE_MS,
          shards: 1,
          refusal: 'This API key looks up free times very often; wait for the Retry-After.',
        },
      ],
      Date.now(),
    );
  return freeSlotsIn(context, query, count);
}
