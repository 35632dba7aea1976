import { describe, expect, it } from 'vitest';
import { validateBookingForm } from './validateBookingForm.ts';

const valid = { name: 'Ada Lovelace', email: 'ada@example.com', phone: '', notes: '' };

describe('validateBookingForm', () => {
  it('accepts a name and an email; phone and notes are optional', () => {
    expect(validateBookingForm(valid)).toEqual({});
    expect(validateBookingForm({ ...valid, phone: '+49 30 1234-56', notes: 'First visit' })).toEqual({});
  });

  it('names each field the visitor must fix', () => {
    expect(validateBookingForm({ name: ' ', email: '', phone: 'call me', notes: 'x'.repeat(1_001) })).toEqual({
      name: 'required',
      email: 'required',
      phone: 'invalid',
      notes: 'invalid',
    });
    expect(validateBookingForm({ ...valid, email: 'ada@example' })).toEqual({ email: 'invalidEmail' });
  });
});
