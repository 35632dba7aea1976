import { db } from '../lib/admin.ts';
import { refs } from '../lib/documents/refs.ts';
import { refuse } from '../lib/refuse.ts';

/**
 * A plain read (no transaction, no locks) of the slot units a booking would claim: one held by another
 * booking means `slot_taken` now. Only a fast refusal: a time that looks free here can still be lost in the
 * transaction, which alone decides.
 */
export async function assertUnitsLookFree(botId: string, unitIds: string[], bookingId: string): Promise<void> {
  if (unitIds.length === 0) return;
  const units = await db.getAll(...unitIds.map((unitId) => refs.slotUnit(botId, unitId)));
  if (units.some((unit) => unit.exists && unit.data()?.bookingId !== bookingId)) throw slotTaken();
}

export function slotTaken() {
  return refuse('already-exists', 'slot_taken', 'Someone else has just booked this time. Please choose another slot.');
}
