import {
  type Availability,
  availabilitySchema,
  defaultAvailability,
  type Weekday,
  weekdays,
} from '@frontdesk/contract';
import type { FieldErrors } from './botDraft.ts';
import { describeIssue } from './describeIssue.ts';

/** Availability as the form edits it: numbers and the list of lengths as typed text. */
export interface AvailabilityDraft {
  slotMinutes: string;
  durationsMinutes: string;
  bufferMinutes: string;
  minNoticeMinutes: string;
  maxDaysAhead: string;
  weekly: Record<Weekday, { start: string; end: string }[]>;
  oneOff: { date: string; start: string; end: string }[];
  repeating: { every: 'day' | 'week'; from: string; until: string; start: string; end: string }[];
  closedDates: string[];
}

/** A time input cannot show 24:00; midnight at the end of a day is edited as 00:00. */
const toInputTime = (time: string) => (time === '24:00' ? '00:00' : time);
const fromInputEnd = (time: string) => (time === '00:00' ? '24:00' : time);

export function availabilityToDraft(stored: Availability | null | undefined): AvailabilityDraft {
  const value = stored ?? defaultAvailability;
  const range = (item: { start: string; end: string }) => ({ start: item.start, end: toInputTime(item.end) });
  return {
    slotMinutes: String(value.slotMinutes),
    durationsMinutes: value.durationsMinutes.join(', '),
    bufferMinutes: String(value.bufferMinutes),
    minNoticeMinutes: String(value.minNoticeMinutes),
    maxDaysAhead: String(value.maxDaysAhead),
    weekly: Object.fromEntries(
      weekdays.map((day) => [day, (value.weekly[day] ?? []).map(range)]),
    ) as AvailabilityDraft['weekly'],
    oneOff: value.oneOff.map((item) => ({ ...item, end: toInputTime(item.end) })),
    repeating: value.repeating.map((item) => ({ ...item, until: item.until ?? '', end: toInputTime(item.end) })),
    closedDates: [...value.closedDates],
  };
}

const num = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/** Validates with the contract's schema; errors keyed by the top-level field (`weekly.mon`, `oneOff`, …). */
export function validateAvailability(draft: AvailabilityDraft): { value?: Availability; errors: FieldErrors } {
  const range = (item: { start: string; end: string }) => ({ start: item.start, end: fromInputEnd(item.end) });
  const candidate = {
    slotMinutes: num(draft.slotMinutes),
    durationsMinutes: draft.durationsMinutes
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)
      .map(Number),
    bufferMinutes: num(draft.bufferMinutes),
    minNoticeMinutes: num(draft.minNoticeMinutes),
    maxDaysAhead: num(draft.maxDaysAhead),
    weekly: Object.fromEntries(weekdays.map((day) => [day, draft.weekly[day].map(range)])),
    oneOff: draft.oneOff.map((item) => ({ date: item.date, ...range(item) })),
    repeating: draft.repeating.map((item) => ({
      every: item.every,
      from: item.from,
      until: item.until.trim() === '' ? null : item.until,
      ...range(item),
    })),
    closedDates: draft.closedDates.filter(Boolean),
  };
  const parsed = availabilitySchema.safeParse(candidate);
  if (parsed.success) return { value: parsed.data, errors: {} };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const [head, second] = issue.path;
    const key = head === 'weekly' ? `weekly.${String(second)}` : String(head);
    errors[key] ??= describeIssue(issue);
  }
  return { errors };
}
