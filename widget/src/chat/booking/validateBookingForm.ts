/** What the visitor typed into the booking form. */
export interface BookingFormValues {
  name: string;
  email: string;
  phone: string;
  notes: string;
}

export type BookingFormErrors = Partial<Record<keyof BookingFormValues, 'required' | 'invalidEmail' | 'invalid'>>;

/**
 * The checks of bookSlot's schema (contract/src/booking.ts) the visitor can fix before sending, so the
 * form explains a mistake at once; the callable still checks everything.
 */
export function validateBookingForm(values: BookingFormValues): BookingFormErrors {
  const errors: BookingFormErrors = {};
  const name = values.name.trim();
  if (!name) errors.name = 'required';
  else if (name.length > 100 || /[\r\n]/.test(name)) errors.name = 'invalid';
  const email = values.email.trim();
  if (!email) errors.email = 'required';
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254) errors.email = 'invalidEmail';
  const phone = values.phone.trim();
  if (phone && !/^\+?[0-9 ()./-]{3,30}$/.test(phone)) errors.phone = 'invalid';
  if (values.notes.trim().length > 1_000) errors.notes = 'invalid';
  return errors;
}
