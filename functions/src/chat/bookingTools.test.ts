import { describe, expect, it } from 'vitest';
import { bookingToolDefinitions, createBookingToolRunner } from './bookingTools.ts';

describe('bookingToolDefinitions', () => {
  it('offers the model the booking tools with parameters generated from their zod arguments', () => {
    expect(bookingToolDefinitions).toStrictEqual([
      {
        type: 'function',
        function: {
          name: 'find_available_slots',
          description:
            "Free appointment start times of one service between two dates (inclusive, the business's local dates, at most 14 days). The result lists every service offered (id, name, description, length, price) and whether bookings are requests the business confirms later.",
          parameters: {
            type: 'object',
            properties: {
              from_date: { type: 'string', description: 'First date, YYYY-MM-DD' },
              to_date: { type: 'string', description: 'Last date, YYYY-MM-DD' },
              service_id: {
                type: 'string',
                description: 'One of the services listed in the result; default the first',
              },
              duration_minutes: { type: 'integer', description: 'Appointment length, for businesses without services' },
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
          description:
            'Books a slot returned by find_available_slots, after the visitor confirmed service, time, name and email. When the result says status "requested", tell the visitor the time is held but not confirmed until the business answers by mail.',
          parameters: {
            type: 'object',
            properties: {
              start: { type: 'string', description: 'Start time exactly as returned by find_available_slots' },
              service_id: { type: 'string', description: 'The service_id the slots were found for' },
              duration_minutes: { type: 'integer' },
              name: { type: 'string' },
              email: { type: 'string' },
              phone: { type: 'string' },
              notes: { type: 'string' },
            },
            required: ['start', 'name', 'email'],
            additionalProperties: false,
          },
        },
      },
    ]);
  });
});

describe('createBookingToolRunner', () => {
  // Arguments that fail their checks are answered before the bot's booking setup is read.
  const runTool = createBookingToolRunner({ botId: 'bot', visitorUid: 'visitor', conversationId: 'conversation' });

  it('answers dates that are not dates with an error the model can correct', async () => {
    expect(await runTool('find_available_slots', '{"from_date":"tomorrow","to_date":"2026-06-02"}')).toEqual({
      result: { error: 'from_date: Invalid ISO date' },
    });
  });

  it('checks a booking with the bookSlot callable’s schema, and says nothing was booked', async () => {
    const args = { start: 'tomorrow at ten', duration_minutes: 30, name: 'Grace Hopper', email: 'grace', phone: '' };
    expect(await runTool('book_appointment', JSON.stringify(args))).toEqual({
      result: {
        booked: false,
        error:
          'start: must be a date and time like 2026-06-02T10:00:00+02:00; email: must be an email address like name@example.com',
      },
    });
  });
});
