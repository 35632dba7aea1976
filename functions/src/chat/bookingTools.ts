import { bookSlotRequestSchema, formatZodError, type MessageAttachment } from '@frontdesk/contract';
import { HttpsError } from 'firebase-functions/v2/https';
import { DateTime } from 'luxon';
import type OpenAI from 'openai';
import { z } from 'zod';
import { createBooking } from '../booking/createBooking.ts';
import { findFreeSlots } from '../booking/findFreeSlots.ts';
import { type BookingContext, loadBookingContext } from '../booking/loadBookingContext.ts';

export interface ToolOutcome {
  /** What the model reads back. */
  result: unknown;
  /** What the widget shows as controls, if anything. */
  attachment?: MessageAttachment;
}

export type ToolRunner = (name: string, argumentsJson: string) => Promise<ToolOutcome>;

const MAX_SEARCH_DAYS = 14;
const MAX_OFFERED_SLOTS = 12;

/** The tools the model may call when a bot takes appointments, in Chat Completions form. */
export const bookingToolDefinitions: OpenAI.Chat.Completions.ChatCompletionTool[] = [
  {
    type: 'function',
    function: {
      name: 'find_available_slots',
      description: `Free appointment start times between two dates (inclusive, the business's local dates, at most ${MAX_SEARCH_DAYS} days).`,
      parameters: {
        type: 'object',
        properties: {
          from_date: { type: 'string', description: 'First date, YYYY-MM-DD' },
          to_date: { type: 'string', description: 'Last date, YYYY-MM-DD' },
          duration_minutes: { type: 'integer', description: 'Appointment length; default the usual one' },
        },
        required: ['from_date', 'to_date'],
        additionalProperties: false,
      },
    },
  },
  {
    type: 'function',
    function: {
      name: 'book_appointment',
      description: 'Books a slot returned by find_available_slots, after the visitor confirmed time, name and email.',
      parameters: {
        type: 'object',
        properties: {
          start: { type: 'string', description: 'Start time exactly as returned by find_available_slots' },
          duration_minutes: { type: 'integer' },
          name: { type: 'string' },
          email: { type: 'string' },
          phone: { type: 'string' },
          notes: { type: 'string' },
        },
        required: ['start', 'duration_minutes', 'name', 'email'],
        additionalProperties: false,
      },
    },
  },
];

const findArguments = z.object({
  from_date: z.iso.date(),
  to_date: z.iso.date(),
  duration_minutes: z.int().optional(),
});

/**
 * Runs the booking tools with the same domain code as the listSlots and bookSlot callables. Problems go
 * back to the model as results it can explain to the visitor; they never end the reply.
 */
export function createBookingToolRunner(input: {
  botId: string;
  visitorUid: string;
  conversationId: string;
}): ToolRunner {
  let context: Promise<BookingContext> | null = null;
  const load = () => {
    context ??= loadBookingContext(input.botId);
    return context;
  };
  return async (name, argumentsJson) => {
    try {
      const args = JSON.parse(argumentsJson || '{}') as unknown;
      if (name === 'find_available_slots') return await findSlots(await load(), args);
      if (name === 'book_appointment') return await book(await load(), args);
      return { result: { error: `Unknown tool ${name}.` } };
    } catch (error) {
      const message = error instanceof HttpsError || error instanceof SyntaxError ? error.message : 'The tool failed.';
      const reason =
        error instanceof HttpsError ? (error.details as { reason?: string } | undefined)?.reason : undefined;
      return { result: { error: message, reason } };
    }
  };

  async function findSlots(booking: BookingContext, raw: unknown): Promise<ToolOutcome> {
    const parsed = findArguments.safeParse(raw);
    if (!parsed.success) return { result: { error: formatZodError(parsed.error) } };
    const zone = booking.timezone;
    const from = DateTime.fromISO(parsed.data.from_date, { zone }).startOf('day');
    const to = DateTime.fromISO(parsed.data.to_date, { zone }).plus({ days: 1 }).startOf('day');
    const end = DateTime.min(to, from.plus({ days: MAX_SEARCH_DAYS }));
    const durationMinutes = parsed.data.duration_minutes ?? (booking.availability.durationsMinutes[0] as number);
    if (!booking.availability.durationsMinutes.includes(durationMinutes)) {
      return {
        result: { error: `duration_minutes must be one of ${booking.availability.durationsMinutes.join(', ')}` },
      };
    }
    const slots = (
      await findFreeSlots({
        botId: input.botId,
        context: booking,
        range: { start: from.toMillis(), end: end.toMillis() },
        durationMinutes,
      })
    ).slice(0, MAX_OFFERED_SLOTS);
    return {
      result: {
        timezone: zone,
        duration_minutes: durationMinutes,
        slots: slots.map((start) =>
          DateTime.fromMillis(start, { zone }).toISO({ suppressMilliseconds: true, suppressSeconds: true }),
        ),
      },
      attachment: {
        kind: 'slots',
        timezone: zone,
        durationMinutes,
        slots: slots.map((start) => new Date(start).toISOString()),
      },
    };
  }

  async function book(booking: BookingContext, raw: unknown): Promise<ToolOutcome> {
    const args = (raw ?? {}) as Record<string, unknown>;
    const parsed = bookSlotRequestSchema.safeParse({
      botId: input.botId,
      start: args.start,
      durationMinutes: args.duration_minutes,
      name: args.name,
      email: args.email,
      ...(args.phone ? { phone: args.phone } : {}),
      ...(args.notes ? { notes: args.notes } : {}),
      conversationId: input.conversationId,
    });
    if (!parsed.success) return { result: { booked: false, error: formatZodError(parsed.error) } };
    const { botId, ...request } = parsed.data;
    const booked = await createBooking({ request, botId, visitorUid: input.visitorUid, context: booking });
    return {
      result: {
        booked: true,
        booking_id: booked.bookingId,
        start: booked.start,
        end: booked.end,
        confirmation_mail: 'sent',
      },
      attachment: { kind: 'booking', ...booked },
    };
  }
}
