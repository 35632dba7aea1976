import { defaultAvailability } from '@frontdesk/contract';
import { describe, expect, it } from 'vitest';
import { availabilityToDraft, validateAvailability } from './availabilityDraft.ts';

describe('availability drafts', () => {
  it('round-trips the default availability', () => {
    expect(validateAvailability(availabilityToDraft(defaultAvailability)).value).toEqual(defaultAvailability);
  });

  it('edits midnight at the end of a day as 00:00 and saves it as 24:00', () => {
    const draft = availabilityToDraft({
      ...defaultAvailability,
      weekly: { ...defaultAvailability.weekly, sat: [{ start: '20:00', end: '24:00' }] },
    });
    expect(draft.weekly.sat).toEqual([{ start: '20:00', end: '00:00' }]);
    expect(validateAvailability(draft).value?.weekly.sat).toEqual([{ start: '20:00', end: '24:00' }]);
  });

  it('parses lengths and optional end dates, and names the weekday of a bad range', () => {
    const draft = availabilityToDraft(null);
    draft.durationsMinutes = '30, 60';
    draft.repeating = [{ every: 'week', from: '2026-06-01', until: '', start: '18:00', end: '20:00' }];
    const ok = validateAvailability(draft).value;
    expect(ok?.durationsMinutes).toEqual([30, 60]);
    expect(ok?.repeating[0]?.until).toBeNull();

    draft.weekly.tue = [{ start: '17:00', end: '09:00' }];
    draft.slotMinutes = '7';
    const { errors } = validateAvailability(draft);
    expect(errors['weekly.tue']).toBe('The start must be before the end.');
    expect(errors.slotMinutes).toBe('Must be a multiple of 5 minutes.');
  });
});
