import { assertOriginAllowed } from '../lib/assertOriginAllowed.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { refuse } from '../lib/refuse.ts';
import { findFreeSlots } from './findFreeSlots.ts';
import { loadBookingContext } from './loadBookingContext.ts';

const MAX_RANGE_DAYS = 31;

/** Free slots of a bot in a range; taken ones are never shown. */
export const listSlots = defineCallable('listSlots', { maxInstances: 20 }, async ({ input, request }) => {
  const context = await loadBookingContext(input.botId);
  assertOriginAllowed(request.rawRequest.headers.origin, context.settings.allowedOrigins);
  const range = { start: Date.parse(input.from), end: Date.parse(input.to) };
  if (range.end <= range.start) throw refuse('invalid-argument', 'invalid_input', 'to: must be after from');
  if (range.end - range.start > MAX_RANGE_DAYS * 86_400_000) {
    throw refuse('invalid-argument', 'invalid_input', `to: must be at most ${MAX_RANGE_DAYS} days after from`);
  }
  const { availability } = context;
  const durationMinutes = input.durationMinutes ?? (availability.durationsMinutes[0] as number);
  if (!availability.durationsMinutes.includes(durationMinutes)) {
    throw refuse(
      'invalid-argument',
      'invalid_input',
      `durationMinutes: must be one of ${availability.durationsMinutes.join(', ')}`,
    );
  }
  const slots = await findFreeSlots({ botId: input.botId, context, range, durationMinutes });
  return {
    timezone: context.timezone,
    durationMinutes,
    durationsMinutes: availability.durationsMinutes,
    slots: slots.map((start) => new Date(start).toISOString()),
  };
});
