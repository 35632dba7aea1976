import { bookingMailSetup } from './bookingMailFacts.ts';
import { confirmBooking } from './confirmBooking.ts';
import { loadBookingContext } from './loadBookingContext.ts';
import { releaseBooking } from './releaseBooking.ts';

/** Confirms or declines a requested booking: shared by the console's callable and the team's signed links. */
export async function decideBookingRequest(input: {
  botId: string;
  bookingId: string;
  decision: 'confirm' | 'decline';
}): Promise<'confirmed' | 'declined'> {
  const context = await loadBookingContext(input.botId, { existing: true });
  const setup = bookingMailSetup(context);
  if (input.decision === 'confirm') {
    await confirmBooking({ ...input, now: Date.now(), reminderHours: context.availability.reminderHours, setup });
    return 'confirmed';
  }
  await releaseBooking({ ...input, release: { kind: 'declined' }, setup });
  return 'declined';
}
