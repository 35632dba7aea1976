import { defineCallable } from '../lib/defineCallable.ts';
import { decideBookingRequest } from './decideBookingRequest.ts';

/** A member of the bot's team confirms or declines a request; the visitor is mailed either way. */
export const decideBooking = defineCallable('decideBooking', { maxInstances: 20 }, async ({ input }) => ({
  status: await decideBookingRequest(input),
}));
