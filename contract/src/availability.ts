import { z } from 'zod';
import { oneLineString } from './oneLineText.ts';
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
 * One kind of appointment a bot offers (a check-up of 30 minutes, a cleaning of 60). Its duration and buffer
 * decide which starts are free and which slot units a booking claims. The id is kept by bookings, so a
 * renamed service stays the same one.
 */
export const serviceSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be lowercase letters, digits and dashes'),
  name: oneLineString().min(1, 'must not be empty').max(80, 'must be at most 80 characters'),
  description: z.string().trim().max(500, 'must be at most 500 characters'),
  durationMinutes: minutesOnGrid(5, 480),
  /** Kept free after every booking of this service. */
  bufferMinutes: minutesOnGrid(0, 240),
  /** Shown as written, e.g. "from 80 €"; empty: none. */
  priceText: oneLineString().max(60, 'must be at most 60 characters'),
  active: z.boolean(),
});
export type Service = z.infer<typeof serviceSchema>;

/** The id of the one service a bot without a services list offers. */
export const DEFAULT_SERVICE_ID = 'default';

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
  /**
   * Appointment types. Empty: one default service of the first duration with `bufferMinutes` (so bots made
   * before services keep booking as they did, with their other durations still bookable).
   */
  services: z
    .array(serviceSchema)
    .max(20)
    .refine((services) => new Set(services.map((service) => service.id)).size === services.length, {
      error: 'service ids must differ',
    })
    .default([]),
  /** Each booking arrives as `requested` and holds its time until the team confirms or declines it. */
  confirmationRequired: z.boolean().default(false),
  /** A request nobody answered expires after this many hours and frees its time. */
  requestExpiryHours: z.int().min(1).max(336).default(48),
  /** Hours before the appointment the visitor is reminded; null: no reminders. */
  reminderHours: z.int().min(1).max(168).nullable().default(24),
  /** Whether the team's calendar feed shows the visitor's notes (off: name, service and time only). */
  feedIncludesNotes: z.boolean().default(false),
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
  services: [],
  confirmationRequired: false,
  requestExpiryHours: 48,
  reminderHours: 24,
  feedIncludesNotes: false,
};
