import { type Availability, availabilitySchema, defaultAvailability } from '@frontdesk/contract';
import { resolveWithDefaults } from '../bots/resolveWithDefaults.ts';

/** The availability a bot books with: stored values where valid, defaults elsewhere. */
export function resolveAvailability(stored: unknown): Availability {
  return resolveWithDefaults(availabilitySchema.shape, defaultAvailability, stored);
}
