import { isOriginAllowed } from '@frontdesk/contract/isOriginAllowed';
import { runningInEmulator } from '../config.ts';
import { refuse } from './refuse.ts';

/** Refuses a call from a page whose origin the bot does not allow (a browser-side control; see README). */
export function assertOriginAllowed(origin: string | undefined, allowedOrigins: string[]): void {
  if (!isOriginAllowed(origin, allowedOrigins, { emulator: runningInEmulator })) {
    throw refuse(
      'permission-denied',
      'origin_not_allowed',
      `This bot may not be used on ${origin ?? 'a page without an Origin'}; add the site to its allowed origins.`,
    );
  }
}
