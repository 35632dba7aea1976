import { apiBookingRequestSchema, type BookSlotResponse } from '@frontdesk/contract';
import type { Request } from 'express';
import { bookForVisitor } from '../booking/bookForVisitor.ts';
import { loadBookingContext } from '../booking/loadBookingContext.ts';
import { apiVisitorUid } from '../domain/api/apiVisitorUid.ts';
import { parseRequest } from '../lib/parseRequest.ts';
import type { ApiCaller } from './authenticateApiKey.ts';
import { readJsonBody } from './readJsonBody.ts';

/**
 * `POST /api/v1/bookings`: the widget's booking form. Limited per user (the API user), per bot and per mailed
 * address like the widget's; not per network, which for an API is the one server of the whole integration.
 */
export async function apiBooking(request: Request, caller: ApiCaller): Promise<BookSlotResponse> {
  const { externalUserId, ...booking } = parseRequest(apiBookingRequestSchema, readJsonBody(request));
  const context = await loadBookingContext(caller.botId);
  return bookForVisitor({ booking, botId: caller.botId, visitorUid: apiVisitorUid(externalUserId), context });
}
