export { bookingUid } from './bookingUid.ts';
export { type BookingCalendarOptions, type BookingEvent, buildBookingCalendar } from './buildBookingCalendar.ts';
