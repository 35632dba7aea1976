import { z } from 'zod';
import { validationMessages } from './validationMessages.ts';

/** Wall-clock time in the bot's timezone, on a 5-minute grid: `09:00`, `17:30`, `24:00` for midnight at the end. */
export const timeOfDaySchema = z.string().regex(/^(([01]\d|2[0-3]):[0-5][05]|24:00)$/, validationMessages.timeOfDay);

export const isoDateSchema = z.iso.date({ error: 'must be a date like 2026-12-24' });

export const timeRangeSchema = z
  .object({ start: timeOfDaySchema, end: timeOfDaySchema })
  .refine((range) => range.start < range.end, { error: validationMessages.startBeforeEnd });
export type TimeRange = z.infer<typeof timeRangeSchema>;

const minutesOnGrid = (min: number, max: number) =>
  z.int().min(min).max(max).multipleOf(5, { error: validationMessages.fiveMinuteGrid });

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];

/**
 * `bots/{botId}/private/availability`: when appointments can be booked, in the bot's IANA timezone
 * (`bots/{botId}.timezone`). Slots are computed from it by pure functions (functions/src/domain/booking).
 */
export const availabilitySchema = z.object({
  /** Step between offered start times, and the default appointment length. */
  slotMinutes: minutesOnGrid(5, 480),
  /** Lengths a visitor may book; each a multiple of 5 minutes. */
  durationsMinutes: z.array(minutesOnGrid(5, 480)).min(1).max(10),
  /** Kept free after every booking. */
  bufferMinutes: minutesOnGrid(0, 240),
  /** The earliest bookable start is this long after now. */
  minNoticeMinutes: z
    .int()
    .min(0)
    .max(60 * 24 * 60),
  /** The latest bookable start is this many days after now. */
  maxDaysAhead: z.int().min(1).max(366),
  /** Opening hours per weekday. */
  weekly: z.object(
    Object.fromEntries(weekdays.map((day) => [day, z.array(timeRangeSchema).max(10)])) as Record<
      Weekday,
      z.ZodArray<typeof timeRangeSchema>
    >,
  ),
  /** Extra hours on one date. */
  oneOff: z.array(z.object({ date: isoDateSchema, start: timeOfDaySchema, end: timeOfDaySchema })).max(200),
  /** Hours that repeat every day, or every week on the weekday of `from`, from `from` until `until`. */
  repeating: z
    .array(
      z.object({
        every: z.enum(['day', 'week']),
        from: isoDateSchema,
        until: isoDateSchema.nullable(),
        start: timeOfDaySchema,
        end: timeOfDaySchema,
      }),
    )
    .max(50),
  /** No appointments at all on these dates (holidays). */
  closedDates: z.array(isoDateSchema).max(400),
});
export type Availability = z.infer<typeof availabilitySchema>;

export const defaultAvailability: Availability = {
  slotMinutes: 30,
  durationsMinutes: [30],
  bufferMinutes: 0,
  minNoticeMinutes: 120,
  maxDaysAhead: 60,
  weekly: {
    mon: [{ start: '09:00', end: '17:00' }],
    tue: [{ start: '09:00', end: '17:00' }],
    wed: [{ start: '09:00', end: '17:00' }],
    thu: [{ start: '09:00', end: '17:00' }],
    fri: [{ start: '09:00', end: '17:00' }],
    sat: [],
    sun: [],
  },
  oneOff: [],
  repeating: [],
  closedDates: [],
};
