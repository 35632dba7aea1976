import { type Availability, DEFAULT_SERVICE_ID, type Service } from '@frontdesk/contract';

/**
 * The services a bot offers now: its active ones, or for a bot without a services list the one default
 * service of its first duration and its buffer (no migration: such bots book as they did).
 */
export function bookableServices(availability: Availability): Service[] {
  if (availability.services.length > 0) return availability.services.filter((service) => service.active);
  return [defaultService(availability, availability.durationsMinutes[0] as number)];
}

function defaultService(availability: Availability, durationMinutes: number): Service {
  return {
    id: DEFAULT_SERVICE_ID,
    name: '',
    description: '',
    durationMinutes,
    bufferMinutes: availability.bufferMinutes,
    priceText: '',
    active: true,
  };
}

/**
 * The service a request asks for: by id; else, for clients that send a length, the first service of that
 * length (a bot without services also books each of its legacy durations); else the first. A string
 * says what is wrong.
 */
export function pickService(
  availability: Availability,
  request: { serviceId?: string | undefined; durationMinutes?: number | undefined },
): Service | string {
  const services = bookableServices(availability);
  // A bot without services offers its default service in each of its lengths: the length decides.
  const byLengthOnly =
    request.serviceId === DEFAULT_SERVICE_ID &&
    availability.services.length === 0 &&
    request.durationMinutes !== undefined;
  if (request.serviceId !== undefined && !byLengthOnly) {
    return (
      services.find((service) => service.id === request.serviceId) ??
      `serviceId: must be one of ${services.map((service) => service.id).join(', ')}`
    );
  }
  if (request.durationMinutes === undefined) return services[0] ?? 'This business offers no services right now.';
  const byLength = services.find((service) => service.durationMinutes === request.durationMinutes);
  if (byLength) return byLength;
  if (availability.services.length === 0 && availability.durationsMinutes.includes(request.durationMinutes)) {
    return defaultService(availability, request.durationMinutes);
  }
  const lengths =
    availability.services.length === 0 ? availability.durationsMinutes : services.map((s) => s.durationMinutes);
  return `durationMinutes: must be one of ${lengths.join(', ')}`;
}
