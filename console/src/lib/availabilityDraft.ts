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
  services: ServiceDraft[];
  confirmationRequired: boolean;
  requestExpiryHours: string;
  /** Empty: no reminders. */
  reminderHours: string;
  feedIncludesNotes: boolean;
}

export interface ServiceDraft {
  id: string;
  name: string;
  description: string;
  durationMinutes: string;
  bufferMinutes: string;
  priceText: string;
  active: boolean;
}

/** A new service's id: from its name when it has one, made unique among the others. */
export function serviceIdFor(name: string, taken: string[]): string {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 32) || 'service';
  let id = base;
  for (let n = 2; taken.includes(id); n += 1) id = `${base}-${n}`;
  return id;
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
    services: (value.services ?? []).map((service) => ({
      ...service,
      durationMinutes: String(service.durationMinutes),
      bufferMinutes: String(service.bufferMinutes),
    })),
    confirmationRequired: value.confirmationRequired ?? false,
    requestExpiryHours: String(value.requestExpiryHours ?? defaultAvailability.requestExpiryHours),
    reminderHours:
      value.reminderHours === undefined ? String(defaultAvailability.reminderHours) : String(value.reminderHours ?? ''),
    feedIncludesNotes: value.feedIncludesNotes ?? false,
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
    services: draft.services.map((service) => ({
      ...service,
      durationMinutes: num(service.durationMinutes),
      bufferMinutes: num(service.bufferMinutes),
    })),
    confirmationRequired: draft.confirmationRequired,
    requestExpiryHours: num(draft.requestExpiryHours),
    reminderHours: draft.reminderHours.trim() === '' ? null : num(draft.reminderHours),
    feedIncludesNotes: draft.feedIncludesNotes,
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
