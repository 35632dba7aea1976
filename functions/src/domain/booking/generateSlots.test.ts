import { type Availability, defaultAvailability } from '@frontdesk/contract';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { claimedRange, generateSlots } from './generateSlots.ts';
import { slotUnitIds } from './slotUnitIds.ts';

const closedWeek: Availability['weekly'] = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };

/** Availability with nothing but the given hours, no notice and a long horizon, so each test shows one rule. */
function only(overrides: Partial<Availability>): Availability {
  return { ...defaultAvailability, weekly: closedWeek, minNoticeMinutes: 0, maxDaysAhead: 366, ...overrides };
}

const iso = (instants: number[]) => instants.map((instant) => new Date(instant).toISOString().slice(0, 16));
/** The local day `date` in `zone`, as instants. */
const day = (date: string, zone: string) => {
  const start = DateTime.fromISO(date, { zone }).startOf('day');
  return { start: start.toMillis(), end: start.plus({ days: 1 }).toMillis() };
};
const longBefore = Date.parse('2026-01-01T00:00:00Z');

function slots(
  availability: Availability,
  zone: string,
  date: string,
  extra: { now?: number; taken?: { start: number; end: number }[]; duration?: number } = {},
) {
  return iso(
    generateSlots({
      availability,
      zone,
      now: extra.now ?? longBefore,
      range: day(date, zone),
      durationMinutes: extra.duration ?? availability.slotMinutes,
      taken: extra.taken ?? [],
    }),
  );
}

describe('generateSlots across clock changes', () => {
  it('Europe/Berlin: a window across the spring-forward gap keeps its real length (2 h, not 3)', () => {
    const hours = only({ oneOff: [{ date: '2026-03-29', start: '01:00', end: '04:00' }] });
    expect(slots(hours, 'Europe/Berlin', '2026-03-29')).toEqual([
      '2026-03-29T00:00', // 01:00 CET
      '2026-03-29T00:30',
      '2026-03-29T01:00', // 03:00 CEST: 02:00–03:00 did not exist
      '2026-03-29T01:30',
    ]);
  });

  it('Europe/Berlin: a window across the autumn change gains the repeated hour (4 h)', () => {
    const hours = only({
      oneOff: [{ date: '2026-10-25', start: '01:00', end: '04:00' }],
      slotMinutes: 60,
      durationsMinutes: [60],
    });
    expect(slots(hours, 'Europe/Berlin', '2026-10-25')).toEqual([
      '2026-10-24T23:00', // 01:00 CEST
      '2026-10-25T00:00', // 02:00 CEST
      '2026-10-25T01:00', // 02:00 CET, the repeated hour
      '2026-10-25T02:00', // 03:00 CET
    ]);
  });

  it('Europe/Berlin: weekly hours follow the offset on either side of the change', () => {
    const hours = only({
      weekly: { ...closedWeek, sat: [{ start: '09:00', end: '10:00' }], sun: [{ start: '09:00', end: '10:00' }] },
    });
    expect(slots(hours, 'Europe/Berlin', '2026-03-28')[0]).toBe('2026-03-28T08:00');
    expect(slots(hours, 'Europe/Berlin', '2026-03-29')).toContain('2026-03-29T07:00');
  });

  it('America/New_York: 09:00 is 14:00 UTC before and 13:00 UTC after the March change', () => {
    const hours = only({
      weekly: { ...closedWeek, sat: [{ start: '09:00', end: '09:30' }], sun: [{ start: '09:00', end: '09:30' }] },
    });
    expect(slots(hours, 'America/New_York', '2026-03-07')).toEqual(['2026-03-07T14:00']);
    expect(slots(hours, 'America/New_York', '2026-03-08')).toEqual(['2026-03-08T13:00']);
  });

  it('Australia/Lord_Howe: the 30-minute spring shift shortens 01:00–04:00 to 2.5 h', () => {
    const hours = only({ oneOff: [{ date: '2026-10-04', start: '01:00', end: '04:00' }] });
    expect(slots(hours, 'Australia/Lord_Howe', '2026-10-04')).toEqual([
      '2026-10-03T14:30', // 01:00 at +10:30
      '2026-10-03T15:00',
      '2026-10-03T15:30', // 02:30 at +11: 02:00–02:30 did not exist
      '2026-10-03T16:00',
      '2026-10-03T16:30',
    ]);
  });

  it('Australia/Lord_Howe: the 30-minute autumn shift lengthens 01:00–03:00 to 2.5 h', () => {
    const hours = only({ oneOff: [{ date: '2026-04-05', start: '01:00', end: '03:00' }] });
    expect(slots(hours, 'Australia/Lord_Howe', '2026-04-05')).toHaveLength(5);
  });

  it('Asia/Kolkata: a half-hour offset and no clock changes', () => {
    const hours = only({ weekly: { ...closedWeek, tue: [{ start: '09:00', end: '10:00' }] } });
    expect(slots(hours, 'Asia/Kolkata', '2026-03-31')).toEqual(['2026-03-31T03:30', '2026-03-31T04:00']);
  });
});

describe('generateSlots rules', () => {
  const zone = 'Europe/Berlin';
  const weekdays = only({
    weekly: { ...closedWeek, mon: [{ start: '09:00', end: '12:00' }], tue: [{ start: '09:00', end: '12:00' }] },
  });

  it('offers nothing on closed dates, and one-off and repeating hours on top of weekly ones', () => {
    expect(slots({ ...weekdays, closedDates: ['2026-06-01'] }, zone, '2026-06-01')).toEqual([]);
    const extra = only({
      oneOff: [{ date: '2026-06-06', start: '10:00', end: '10:30' }],
      repeating: [
        { every: 'week', from: '2026-06-03', until: null, start: '14:00', end: '14:30' },
        { every: 'day', from: '2026-06-05', until: '2026-06-05', start: '08:00', end: '08:30' },
      ],
    });
    expect(slots(extra, zone, '2026-06-06')).toEqual(['2026-06-06T08:00']); // Saturday one-off
    expect(slots(extra, zone, '2026-06-10')).toEqual(['2026-06-10T12:00']); // a Wednesday, like 06-03
    expect(slots(extra, zone, '2026-06-11')).toEqual([]); // a Thursday
    expect(slots(extra, zone, '2026-06-05')).toEqual(['2026-06-05T06:00']); // the daily repeat's only day
    expect(slots(extra, zone, '2026-06-04')).toEqual([]);
  });

  it('keeps an appointment inside its window', () => {
    expect(slots(weekdays, zone, '2026-06-01', { duration: 60 })).toEqual([
      '2026-06-01T07:00',
      '2026-06-01T07:30',
      '2026-06-01T08:00',
      '2026-06-01T08:30',
      '2026-06-01T09:00',
    ]);
  });

  it("lets an appointment run on past midnight into the next day's hours, whatever range is asked about", () => {
    const lateAndEarly = only({
      weekly: { ...closedWeek, mon: [{ start: '22:00', end: '24:00' }], tue: [{ start: '00:00', end: '01:00' }] },
    });
    const monday = slots(lateAndEarly, zone, '2026-06-01', { duration: 60 });
    expect(monday).toEqual(['2026-06-01T20:00', '2026-06-01T20:30', '2026-06-01T21:00', '2026-06-01T21:30']);
    // Booking checks ask about a single instant: 23:30 for an hour must still fit.
    const start = Date.parse('2026-06-01T21:30:00Z');
    expect(
      generateSlots({
        availability: lateAndEarly,
        zone,
        now: longBefore,
        range: { start, end: start + 1 },
        durationMinutes: 60,
        taken: [],
      }),
    ).toEqual([start]);
    // Tuesday's own hour still offers only what fits before 01:00.
    expect(slots(lateAndEarly, zone, '2026-06-02', { duration: 60 })).toEqual(['2026-06-01T22:00']);
  });

  it('respects minimum notice and how far ahead one may book', () => {
    const now = Date.parse('2026-06-01T07:10:00Z'); // Monday 09:10 in Berlin
    const notice = { ...weekdays, minNoticeMinutes: 60 };
    expect(slots(notice, zone, '2026-06-01', { now })[0]).toBe('2026-06-01T08:30');
    expect(slots({ ...weekdays, maxDaysAhead: 1 }, zone, '2026-06-02', { now })).toEqual(['2026-06-02T07:00']);
  });

  it('never offers a slot that touches a taken range, buffers on both sides included', () => {
    const buffered = { ...weekdays, bufferMinutes: 15 };
    const booked = claimedRange(Date.parse('2026-06-01T08:00:00Z'), 30, 15); // 10:00–10:30 plus 15 min
    expect(slots(buffered, zone, '2026-06-01', { taken: [booked] })).toEqual([
      '2026-06-01T07:00',
      // 07:30 would end at 08:00 and its buffer would run into the booking
      '2026-06-01T09:00',
      '2026-06-01T09:30',
    ]);
  });
});

describe('slotUnitIds', () => {
  it('gives overlapping bookings of different lengths a shared unit, and neighbours none', () => {
    const at = Date.parse('2026-06-01T08:00:00Z');
    const hour = slotUnitIds(claimedRange(at, 60, 0));
    const lateHalf = slotUnitIds(claimedRange(at + 30 * 60_000, 30, 0));
    const next = slotUnitIds(claimedRange(at + 60 * 60_000, 30, 0));
    expect(hour).toHaveLength(12);
    expect(lateHalf.some((id) => hour.includes(id))).toBe(true);
    expect(next.some((id) => hour.includes(id))).toBe(false);
    expect(slotUnitIds(claimedRange(at, 30, 0))).toEqual(slotUnitIds(claimedRange(at, 30, 0)));
  });
});
