import { type Availability, defaultAvailability } from '@frontdesk/contract';
import { describe, expect, it } from 'vitest';
import { bookableServices, pickService } from './bookableServices.ts';

const legacy: Availability = { ...defaultAvailability, durationsMinutes: [30, 60], bufferMinutes: 10 };
const cleaning = {
  id: 'cleaning',
  name: 'Cleaning',
  description: '',
  durationMinutes: 60,
  bufferMinutes: 0,
  priceText: '',
  active: true,
};

describe('bookableServices and pickService', () => {
  it('gives a bot without services one default service of its first length and buffer', () => {
    expect(bookableServices(legacy)).toEqual([
      expect.objectContaining({ id: 'default', durationMinutes: 30, bufferMinutes: 10 }),
    ]);
  });

  it('still books the other lengths of such a bot, by length, with or without the default id', () => {
    for (const request of [{ durationMinutes: 60 }, { serviceId: 'default', durationMinutes: 60 }]) {
      expect(pickService(legacy, request)).toMatchObject({ id: 'default', durationMinutes: 60, bufferMinutes: 10 });
    }
    expect(pickService(legacy, { durationMinutes: 45 })).toBe('durationMinutes: must be one of 30, 60');
  });

  it('picks services by id, never an inactive one', () => {
    const withServices = { ...legacy, services: [cleaning, { ...cleaning, id: 'old', active: false }] };
    expect(pickService(withServices, {})).toMatchObject({ id: 'cleaning' });
    expect(pickService(withServices, { serviceId: 'cleaning', durationMinutes: 30 })).toMatchObject({ id: 'cleaning' });
    expect(pickService(withServices, { serviceId: 'old' })).toBe('serviceId: must be one of cleaning');
    expect(pickService(withServices, { durationMinutes: 30 })).toBe('durationMinutes: must be one of 60');
  });
});
