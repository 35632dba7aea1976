import { type Availability, type Booking, paths } from '@frontdesk/contract';
import { collection, orderBy, query, where } from 'firebase/firestore';
import { db } from './firebase.ts';
import { listenDoc, listenQuery } from './listen.ts';

/** A bot's bookings, earliest first, live. Filtered by `tenantId`, the field the rules grant members by. */
export function listenBookings(tenantId: () => string, botId: () => string) {
  return listenQuery<Booking>(() =>
    query(collection(db, paths.bookings(botId())), where('tenantId', '==', tenantId()), orderBy('start', 'asc')),
  );
}

/** A bot's bookable hours, live; `null` until first saved. */
export function listenAvailability(botId: () => string) {
  return listenDoc<Availability>(() => paths.availability(botId()));
}
