import { bookSlotRequestSchema, formatZodError } from '@frontdesk/contract';
import { z } from 'zod';
import { createBooking } from '../../booking/createBooking.ts';
import type { ChatTool } from './ChatTool.ts';

/** The shape the model sends; the values are checked by the bookSlot callable's own schema in `run`. */
const bookAppointmentArguments = z.object({
  start: z.string().describe('Start time exactly as returned by find_available_slots'),
  service_id: z.string().describe('The service_id the slots were found for').optional(),
  duration_minutes: z.int().optional(),
  name: z.string(),
  email: z.string(),
  phone: z.string().optional(),
  notes: z.string().optional(),
});

/** Books a slot with the same domain code as the bookSlot callable, from the visitor's conversation. */
export const bookAppointmentTool: ChatTool<typeof bookAppointmentArguments> = {
  name: 'book_appointment',
  description:
    'Books a slot returned by find_available_slots, after the visitor confirmed service, time, name and email. When the result says status "requested", tell the visitor the time is held but not confirmed until the business answers by mail.',
  arguments: bookAppointmentArguments,
  async run(args, context) {
    const parsed = bookSlotRequestSchema.safeParse({
      botId: context.botId,
      start: args.start,
      ...(args.service_id ? { serviceId: args.service_id } : {}),
      ...(args.duration_minutes ? { durationMinutes: args.duration_minutes } : {}),
      name: args.name,
      email: args.email,
      // An empty phone or note is one the visitor did not give.
      ...(args.phone ? { phone: args.phone } : {}),
      ...(args.notes ? { notes: args.notes } : {}),
      conversationId: context.conversationId,
    });
    if (!parsed.success) return { result: { booked: false, error: formatZodError(parsed.error) } };
    const { botId, ...request } = parsed.data;
    const booked = await createBooking({
      request,
      botId,
      visitorUid: context.visitorUid,
      context: await context.booking(),
    });
    return {
      result: {
        booked: true,
        status: booked.status,
        booking_id: booked.bookingId,
        start: booked.start,
        end: booked.end,
        confirmation_mail: 'sent',
      },
      attachment: { kind: 'booking', ...booked },
    };
  },
};
