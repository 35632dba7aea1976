import { MINUTE, type Range } from './timeRanges.ts';

/** Bookings claim time in units of this size; every offered start and length is a multiple of it. */
export const UNIT_MINUTES = 5;

/**
 * Deterministic document ids of the units a claimed range covers (epoch minutes of each unit's start).
 * Two bookings that overlap in any way share at least one id, so creating all of them in one
 * transaction lets exactly one of them succeed.
 */
export function slotUnitIds(range: Range): string[] {
  const unit = UNIT_MINUTES * MINUTE;
  const ids: string[] = [];
  for (let at = Math.floor(range.start / unit) * unit; at < range.end; at += unit) ids.push(String(at / MINUTE));
  return ids;
}
