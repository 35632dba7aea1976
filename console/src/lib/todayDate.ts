/** Today's date as `YYYY-MM-DD` (UTC), the date a new row of extra hours starts on. */
export function todayDate(): string {
  return new Date().toISOString().slice(0, 10);
}
